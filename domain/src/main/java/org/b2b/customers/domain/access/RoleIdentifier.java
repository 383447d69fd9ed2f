package org.b2b.customers.domain.access;

import org.b2b.customers.domain.shared.AsciiCharacters;
import org.b2b.customers.domain.shared.InvalidInputException;

/** The stable name of a role, such as {@code company_admin}: lower case letters, digits and underscores. */
public record RoleIdentifier(String value) {

    private static final int MIN_LENGTH = 2;
    private static final int MAX_LENGTH = 64;

    public static final RoleIdentifier ADMINISTRATOR = new RoleIdentifier("administrator");
    public static final RoleIdentifier SALES_REPRESENTATIVE = new RoleIdentifier("sales_representative");
    public static final RoleIdentifier COMPANY_ADMIN = new RoleIdentifier("company_admin");
    public static final RoleIdentifier COMPANY_BUYER = new RoleIdentifier("company_buyer");
    public static final RoleIdentifier CORPORATE_ACCESS = new RoleIdentifier("corporate_access");

    public RoleIdentifier {
        if (value == null || !isIdentifier(value)) {
            throw InvalidInputException.of("role", "invalid_role_identifier",
                    "must be 2 to 64 lower-case letters, digits or underscores, starting with a letter");
        }
    }

    public static RoleIdentifier parse(String field, String text) {
        try {
            return new RoleIdentifier(text == null ? null : text.strip());
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(field, "invalid_role_identifier", e.errors().get(0).message());
        }
    }

    /**
     * Whether the text is 2 to 64 characters, a lower-case ASCII letter followed by lower-case ASCII letters,
     * digits and underscores. A hand-written scan rather than a regular expression, because the roles of every
     * member and user restored from the database pass through here.
     */
    private static boolean isIdentifier(String text) {
        int length = text.length();
        if (length < MIN_LENGTH || length > MAX_LENGTH || !AsciiCharacters.isLowerCaseLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = text.charAt(i);
            if (!AsciiCharacters.isLowerCaseLetter(c) && !AsciiCharacters.isDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
