package org.b2b.customers.web.page;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** One option of a select: the value sent and the label shown. */
public record Choice(String value, String label) {

    /** Every country by its ISO 3166-1 alpha-2 code, named and sorted in the page's language. */
    public static List<Choice> countries(Messages m) {
        Collator collator = Collator.getInstance(m.locale());
        return Arrays.stream(Locale.getISOCountries()).map(code -> new Choice(code, m.country(code)))
                .sorted(Comparator.comparing(Choice::label, collator)).toList();
    }
}
