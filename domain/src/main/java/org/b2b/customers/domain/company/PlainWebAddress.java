package org.b2b.customers.domain.company;

import org.b2b.customers.domain.shared.AsciiCharacters;

/**
 * The shape nearly every company website has, recognised with one scan instead of {@link java.net.URI}: http or
 * https, a host name, an optional port, and a path and query that need no escaping.
 */
final class PlainWebAddress {

    /**
     * What RFC 2396, as java.net.URI implements it, allows unescaped in a path segment besides letters and digits,
     * and the '/' and '?' that separate segments and start the query; the query allows all of these. '%' (which
     * must start an escape), '#' (once only), '[' and ']' (refused in a path) and non-ASCII characters are left to URI.
     */
    private static final String UNESCAPED_PUNCTUATION = "-._~!$&'()*+,;=:@/?";

    private static final int MAX_PORT_DIGITS = 5;

    private PlainWebAddress() {}

    /**
     * Whether the text has the plain shape, in which case java.net.URI reads it as an http or https URL with a host
     * and no user info; a text of any other shape may still be a website, which only URI can tell.
     */
    static boolean matches(String text) {
        int hostStart = afterScheme(text);
        if (hostStart < 0) {
            return false;
        }
        int hostEnd = endOfHostName(text, hostStart);
        if (hostEnd < 0) {
            return false;
        }
        int rest = endOfPort(text, hostEnd);
        if (rest < 0 || (rest < text.length() && text.charAt(rest) != '/' && text.charAt(rest) != '?')) {
            return false;
        }
        for (int i = rest; i < text.length(); i++) {
            if (!isUnescaped(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the host starts after "http://" or "https://", or -1. Compared letter by letter in ASCII, because
     * {@code regionMatches} with ignoreCase would also take the long s U+017F for an 's'.
     */
    private static int afterScheme(String text) {
        if (text.length() < "http://".length()
                || !isEitherCase(text.charAt(0), 'h') || !isEitherCase(text.charAt(1), 't')
                || !isEitherCase(text.charAt(2), 't') || !isEitherCase(text.charAt(3), 'p')) {
            return -1;
        }
        int colon = isEitherCase(text.charAt(4), 's') ? 5 : 4;
        return text.startsWith("://", colon) ? colon + 3 : -1;
    }

    /**
     * The end of a host name of dot-separated labels, or -1. URI's hostname grammar: a label is letters, digits
     * and inner hyphens; the last label must start with a letter, which also keeps IPv4 addresses out. A trailing
     * dot, which URI also accepts, is left to it.
     */
    private static int endOfHostName(String text, int start) {
        int length = text.length();
        int i = start;
        while (true) {
            int labelStart = i;
            while (i < length && (AsciiCharacters.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            if (i == labelStart || text.charAt(labelStart) == '-' || text.charAt(i - 1) == '-') {
                return -1;
            }
            if (i < length && text.charAt(i) == '.') {
                i++;
            } else {
                char first = text.charAt(labelStart);
                boolean topLabelStartsWithLetter =
                        AsciiCharacters.isLowerCaseLetter(first) || AsciiCharacters.isUpperCaseLetter(first);
                return topLabelStartsWithLetter ? i : -1;
            }
        }
    }

    /**
     * The end of an optional ":port", or -1. At most five digits, because URI refuses a port beyond
     * Integer.MAX_VALUE; an empty port, which URI accepts, is left to it.
     */
    private static int endOfPort(String text, int hostEnd) {
        if (hostEnd == text.length() || text.charAt(hostEnd) != ':') {
            return hostEnd;
        }
        int i = hostEnd + 1;
        while (i < text.length() && AsciiCharacters.isDigit(text.charAt(i))) {
            i++;
        }
        int digits = i - hostEnd - 1;
        return digits >= 1 && digits <= MAX_PORT_DIGITS ? i : -1;
    }

    private static boolean isEitherCase(char c, char lowerCase) {
        return c == lowerCase || c == Character.toUpperCase(lowerCase);
    }

    private static boolean isUnescaped(char c) {
        return AsciiCharacters.isLetterOrDigit(c) || UNESCAPED_PUNCTUATION.indexOf(c) >= 0;
    }
}
