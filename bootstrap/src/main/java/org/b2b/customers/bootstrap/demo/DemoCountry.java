package org.b2b.customers.bootstrap.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * A country that demo companies come from, with the words to make up their names, the places they sit at, their
 * currency and their VAT numbers, so that the demo looks like a seller's real European customer base.
 */
record DemoCountry(
        String code,
        String currency,
        String phonePrefix,
        String billingContact,
        String warehouse,
        List<String> legalForms,
        List<String> trades,
        boolean tradeFirst,
        List<String> surnames,
        List<String> firstNames,
        List<Place> places,
        LongFunction<String> taxIds) {

    /** A street in a city. */
    record Place(String city, String postalCode, String street) {}

    static final List<DemoCountry> ALL = List.of(
            new DemoCountry("DE", "EUR", "+49", "Buchhaltung", "Wareneingang",
                    List.of("GmbH", "GmbH & Co. KG", "AG", "KG"),
                    List.of("Maschinenbau", "Elektrotechnik", "Logistik", "Haustechnik", "Metallbau", "Verpackung"), false,
                    List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter"),
                    List.of("Anna", "Jonas", "Lena", "Felix", "Marie", "Lukas", "Sophie", "Paul"),
                    List.of(new Place("Berlin", "10117", "Friedrichstraße"), new Place("Hamburg", "20095", "Mönckebergstraße"),
                            new Place("München", "80331", "Sendlinger Straße"), new Place("Köln", "50667", "Hohe Straße"),
                            new Place("Stuttgart", "70173", "Königstraße"), new Place("Leipzig", "04109", "Grimmaische Straße")),
                    DemoTaxIds::germany),
            new DemoCountry("AT", "EUR", "+43", "Buchhaltung", "Lager",
                    List.of("GmbH", "AG", "KG"),
                    List.of("Holzbau", "Handel", "Installationen", "Werkzeuge", "Transporte", "Elektro"), false,
                    List.of("Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner", "Moser", "Mayer", "Hofer", "Leitner"),
                    List.of("Katharina", "Florian", "Julia", "Tobias", "Hannah", "Maximilian"),
                    List.of(new Place("Wien", "1010", "Kärntner Straße"), new Place("Graz", "8010", "Herrengasse"),
                            new Place("Linz", "4020", "Landstraße"), new Place("Salzburg", "5020", "Getreidegasse"),
                            new Place("Innsbruck", "6020", "Maria-Theresien-Straße")),
                    DemoTaxIds::austria),
            new DemoCountry("FR", "EUR", "+33", "Comptabilité fournisseurs", "Réception des marchandises",
                    List.of("SAS", "SARL", "SA"),
                    List.of("Logistique", "Équipements", "Bâtiment", "Emballages", "Industrie", "Outillage"), true,
                    List.of("Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux", "Fournier", "Mercier"),
                    List.of("Camille", "Louis", "Chloé", "Hugo", "Léa", "Théo", "Manon", "Jules"),
                    List.of(new Place("Paris", "75002", "Rue de Richelieu"), new Place("Lyon", "69002", "Rue de la République"),
                            new Place("Marseille", "13001", "La Canebière"), new Place("Toulouse", "31000", "Rue d'Alsace-Lorraine"),
                            new Place("Nantes", "44000", "Rue Crébillon"), new Place("Lille", "59000", "Rue Faidherbe")),
                    DemoTaxIds::france),
            new DemoCountry("IT", "EUR", "+39", "Amministrazione", "Magazzino",
                    List.of("S.r.l.", "S.p.A.", "S.n.c."),
                    List.of("Ricambi", "Impianti", "Forniture", "Meccanica", "Trasporti", "Imballaggi"), true,
                    List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco"),
                    List.of("Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo", "Sara", "Andrea"),
                    List.of(new Place("Milano", "20121", "Via Dante"), new Place("Torino", "10121", "Via Roma"),
                            new Place("Bologna", "40121", "Via dell'Indipendenza"), new Place("Napoli", "80132", "Via Toledo"),
                            new Place("Verona", "37121", "Via Mazzini")),
                    DemoTaxIds::italy),
            new DemoCountry("NL", "EUR", "+31", "Crediteurenadministratie", "Magazijn",
                    List.of("B.V.", "N.V."),
                    List.of("Techniek", "Installatie", "Logistiek", "Groothandel", "Verpakkingen", "Metaal"), false,
                    List.of("De Jong", "Jansen", "De Vries", "Van den Berg", "Bakker", "Visser", "Smit", "Meijer", "Van Dijk", "Mulder"),
                    List.of("Emma", "Daan", "Sanne", "Bram", "Fleur", "Sem", "Lotte", "Thijs"),
                    List.of(new Place("Amsterdam", "1012 JS", "Damrak"), new Place("Rotterdam", "3011 AD", "Coolsingel"),
                            new Place("Utrecht", "3511 LX", "Oudegracht"), new Place("Eindhoven", "5611 EM", "Demer"),
                            new Place("Groningen", "9711 LV", "Herestraat")),
                    DemoTaxIds::netherlands),
            new DemoCountry("BE", "EUR", "+32", "Boekhouding", "Magazijn",
                    List.of("BV", "NV", "SRL"),
                    List.of("Bouw", "Techniek", "Logistics", "Distributie", "Industrie", "Coating"), false,
                    List.of("Peeters", "Janssens", "Maes", "Jacobs", "Willems", "Claes", "Dupont", "Lambert", "Goossens", "Wouters"),
                    List.of("Elise", "Arthur", "Louise", "Noah", "Marie", "Victor"),
                    List.of(new Place("Bruxelles", "1000", "Rue Neuve"), new Place("Antwerpen", "2000", "Meir"),
                            new Place("Gent", "9000", "Veldstraat"), new Place("Liège", "4000", "Rue Léopold"),
                            new Place("Brugge", "8000", "Steenstraat")),
                    DemoTaxIds::belgium),
            new DemoCountry("PL", "PLN", "+48", "Księgowość", "Magazyn",
                    List.of("Sp. z o.o.", "S.A.", "Sp.j."),
                    List.of("Dystrybucja", "Technika", "Logistyka", "Budownictwo", "Opakowania", "Narzędzia"), false,
                    List.of("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak"),
                    List.of("Zofia", "Jakub", "Maja", "Szymon", "Alicja", "Mateusz", "Oliwia", "Kacper"),
                    List.of(new Place("Warszawa", "00-001", "ul. Marszałkowska"), new Place("Kraków", "31-001", "ul. Floriańska"),
                            new Place("Wrocław", "50-001", "ul. Świdnicka"), new Place("Gdańsk", "80-001", "ul. Długa"),
                            new Place("Poznań", "61-001", "ul. Półwiejska")),
                    DemoTaxIds::poland),
            new DemoCountry("DK", "DKK", "+45", "Bogholderi", "Varemodtagelse",
                    List.of("A/S", "ApS"),
                    List.of("Teknik", "Logistik", "Maskiner", "Emballage", "Engros", "VVS"), false,
                    List.of("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen"),
                    List.of("Freja", "William", "Ida", "Oscar", "Clara", "Emil"),
                    List.of(new Place("København", "1160", "Frederiksberggade"), new Place("Aarhus", "8000", "Søndergade"),
                            new Place("Odense", "5000", "Vestergade"), new Place("Aalborg", "9000", "Bispensgade")),
                    DemoTaxIds::denmark));

    /** The n-th company name of this country; every n below surnames × trades gives a different one. */
    String companyName(int n) {
        String form = legalForms.get((n + n / surnames.size()) % legalForms.size());
        return (tradeFirst ? trade(n) + " " + surname(n) : surname(n) + " " + trade(n)) + " " + form;
    }

    /** The web domain of the n-th company, made of the same words in plain letters, under the reserved .example. */
    String domain(int n) {
        return plain(surname(n)) + "-" + plain(trade(n)) + ".example";
    }

    /** The n-th person of this country, as a first and last name. */
    List<String> person(int n) {
        return List.of(firstNames.get(n % firstNames.size()), surnames.get((n * 3 + 1) % surnames.size()));
    }

    Place place(int n) {
        return places.get(n % places.size());
    }

    String phone(int n) {
        return phonePrefix + " " + (20 + n % 70) + " " + (1_000_000 + n * 7_331 % 9_000_000);
    }

    private String surname(int n) {
        return surnames.get(n % surnames.size());
    }

    private String trade(int n) {
        return trades.get(n / surnames.size() % trades.size());
    }

    /** Lower-case ASCII letters and digits only, for domains and mailbox names. */
    static String plain(String words) {
        String folded = words.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("ł", "l").replace("ø", "o")
                .replace("æ", "ae");
        return Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]", "");
    }
}
