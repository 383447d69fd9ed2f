package org.b2b.customers.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.address.Address;
import org.b2b.customers.domain.address.AddressBook;
import org.b2b.customers.domain.address.AddressDetails;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.address.AddressType;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyDetails;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.company.TaxId;
import org.b2b.customers.domain.company.Website;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.PasswordHash;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.testkit.GermanVatNumbers;

/**
 * The companies of P3, made from their number alone, so that a loaded database can be described again without
 * reading it: each company goes through the domain's factories (so it is valid), has a default billing address and
 * one member, a customer user of its own. Names such as "Nordmetall GmbH 0004711" are spread over the alphabet by
 * a mix of the number and end in the number, which makes them unique and the list order computable. Ids grow with
 * the number, as time-ordered ids (UUID version 7) grow with creation time, and so do tax IDs and emails: loaded
 * in order of number, every index but those on names is appended to rather than written all over, which is what
 * made loading slow on H2.
 */
final class GeneratedCompanies {

    /** Changes whenever the generated rows do, so that a data set made by an older version is loaded again. */
    static final int VERSION = 3;

    static final String[] STEMS = {"Alpen", "Baltic", "Berg", "Blau", "Delta", "Donau", "Eichen", "Elbe", "Feld",
        "Fluss", "Gold", "Grün", "Hafen", "Heide", "Insel", "Kiefer", "Kupfer", "Licht", "Linden", "Main", "Meer",
        "Mond", "Nord", "Ost", "Quell", "Rhein", "Ring", "Rosen", "Sand", "Silber", "Sonnen", "Stahl", "Stern", "Süd",
        "Tal", "Wald", "Weser", "West", "Wind", "Zeder"};
    static final String[] TRADES = {"bau", "chemie", "druck", "elektrik", "energie", "glas", "handel", "holz",
        "kontor", "lack", "logistik", "maschinen", "medien", "metall", "mühle", "optik", "papier", "pharma", "plastik",
        "reisen", "schmiede", "service", "software", "sport", "stoff", "technik", "textil", "transport", "ware", "werk",
        "zement", "zucker"};
    private static final String[] FORMS = {"GmbH", "AG", "KG", "GmbH & Co. KG", "OHG", "e.K."};
    private static final String[] FIRST_NAMES = {"Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hanna",
        "Jonas", "Lena", "Lukas", "Marie", "Noah", "Paul", "Sophie", "Tom"};
    private static final String[] LAST_NAMES = {"Bauer", "Becker", "Fischer", "Hoffmann", "Koch", "Meyer", "Müller",
        "Richter", "Schäfer", "Schmidt", "Schneider", "Schulz", "Wagner", "Weber", "Wolf", "Zimmermann"};
    private static final int COMPANY = 1;
    private static final int ADDRESS = 2;
    private static final int USER = 3;
    private static final int MEMBER = 4;
    private static final Instant FIRST_CREATED = Instant.parse("2020-01-01T00:00:00Z");
    private static final AddressDetails BILLING = AddressDetails.parse("Accounts payable", "Hauptstraße 1", "10115",
            "Berlin", null, "DE", "invoices@buyer.example", "+49 30 1234567", null);

    /** One company as the tables hold it. */
    record Generated(Company company, Address billingAddress, User user, Member member) {}

    private final List<CustomerGroupId> groups;
    private final List<UserId> representatives;
    private final Role adminRole;
    private final Role buyerRole;
    private final PasswordHash passwordHash;

    GeneratedCompanies(List<CustomerGroupId> groups, List<UserId> representatives, Role adminRole, Role buyerRole,
            PasswordHash passwordHash) {
        this.groups = List.copyOf(groups);
        this.representatives = List.copyOf(representatives);
        this.adminRole = adminRole;
        this.buyerRole = buyerRole;
        this.passwordHash = passwordHash;
    }

    Generated company(int n) {
        Instant created = FIRST_CREATED.plusSeconds(n);
        Company company = Company.create(companyId(n), new CompanyDetails(name(n),
                TaxId.parse("taxId", GermanVatNumbers.of(n)), groups.get(n % groups.size()),
                representatives.get(n % representatives.size()),
                Optional.of(Website.parse("website", "https://company-" + n + ".example"))), created);
        Address billing = AddressBook.empty(company.id())
                .add(new AddressId(uuid(ADDRESS, n)), AddressType.BILLING, BILLING, true).addresses().get(0);
        User user = User.customer(new UserId(uuid(USER, n)), EmailAddress.parse("email",
                String.format("buyer%07d@company-%07d.example", n, n)), PersonName.parse(FIRST_NAMES[n % FIRST_NAMES.length], LAST_NAMES[(n / 16) % LAST_NAMES.length]),
                Optional.empty(), passwordHash, created);
        Member member = Member.join(new MemberId(uuid(MEMBER, n)), company, user, n % 5 == 0 ? adminRole : buyerRole,
                created);
        return new Generated(company, billing, user, member);
    }

    static CompanyId companyId(int n) {
        return new CompanyId(uuid(COMPANY, n));
    }

    static String name(int n) {
        int mixed = Math.floorMod(n * 0x9E3779B1, 40 * 32 * 6);
        return STEMS[mixed % 40] + TRADES[(mixed / 40) % 32] + " " + FORMS[mixed / (40 * 32)] + " " + String.format("%07d", n);
    }

    /** The number a generated name ends in. */
    static int numberOf(String name) {
        return Integer.parseInt(name.substring(name.length() - 7));
    }

    /**
     * The list key (case-folded name) of the company at {@code rank} in list order among the first {@code count},
     * computed, not read: names are unique, so the order is that of the keys alone.
     */
    static String nameKeyAtRank(int count, int rank) {
        String[] keys = new String[count];
        for (int n = 0; n < count; n++) {
            keys[n] = name(n).toLowerCase(Locale.ROOT);
        }
        Arrays.sort(keys);
        return keys[rank];
    }

    /** Name prefixes as people type them: a stem, a stem with the start of a trade, in any case. */
    static List<String> searchPrefixes() {
        List<String> prefixes = new ArrayList<>();
        for (int i = 0; i < STEMS.length; i++) {
            String stem = STEMS[i];
            String trade = TRADES[(i * 7) % TRADES.length];
            prefixes.add(i % 2 == 0 ? stem.toLowerCase(Locale.ROOT) : stem);
            prefixes.add(stem + trade.substring(0, 3));
            prefixes.add((stem + trade).toUpperCase(Locale.ROOT).substring(0, stem.length() + 1));
        }
        return List.copyOf(prefixes);
    }

    /** A version 7 layout with the number where the time would be, and the kind of row where its random bits are. */
    private static UUID uuid(int kind, int n) {
        return new UUID(((long) n << 16) | 0x7000 | kind, 0x8000_0000_0000_0000L);
    }
}
