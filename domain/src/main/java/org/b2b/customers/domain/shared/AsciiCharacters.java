package org.b2b.customers.domain.shared;

/**
 * The ASCII character classes of identifiers, addresses and numbers. {@link Character#isDigit} and
 * {@link Character#isLetter} would also take other scripts' digits and letters, which these formats refuse.
 */
public final class AsciiCharacters {

    private AsciiCharacters() {}

    /** 0 to 9. */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** a to z. */
    public static boolean isLowerCaseLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** A to Z. */
    public static boolean isUpperCaseLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** a to z, A to Z or 0 to 9. */
    public static boolean isLetterOrDigit(char c) {
        return isLowerCaseLetter(c) || isUpperCaseLetter(c) || isDigit(c);
    }
}
