package org.b2b.customers.domain.company;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.PlainText;

/** A company's website: an absolute http or https URL with a host; nothing a browser would run as script. */
public record Website(String value) {

    public Website {
        value = check("website", value);
    }

    public static Website parse(String field, String text) {
        return new Website(check(field, text));
    }

    private static String check(String field, String text) {
        String trimmed = PlainText.require(field, text, 2048);
        if (PlainWebAddress.matches(trimmed)) {
            // Every company restored from the database comes through here, and parsing a URI costs far more than
            // this scan; URI is still the judge of every other shape.
            return trimmed;
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getUserInfo() == null) {
                return trimmed;
            }
        } catch (URISyntaxException e) {
            // falls through to the one message below
        }
        throw InvalidInputException.of(field, "invalid_url", "must be an absolute http or https URL such as https://example.com");
    }

    @Override
    public String toString() {
        return value;
    }
}
