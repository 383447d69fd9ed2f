package org.b2b.customers.domain.user;

import java.util.regex.Pattern;
import org.b2b.customers.domain.shared.InvalidInputException;

/** The stable name of a role, such as {@code company_admin}: lower case letters, digits and underscores. */
public record RoleIdentifier(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_]{1,63}");

    public static final RoleIdentifier ADMINISTRATOR = new RoleIdentifier("administrator");
    public static final RoleIdentifier SALES_REPRESENTATIVE = new RoleIdentifier("sales_representative");
    public static final RoleIdentifier COMPANY_ADMIN = new RoleIdentifier("company_admin");
    public static final RoleIdentifier COMPANY_BUYER = new RoleIdentifier("company_buyer");
    public static final RoleIdentifier CORPORATE_ACCESS = new RoleIdentifier("corporate_access");

    public RoleIdentifier {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw InvalidInputException.of("role", "invalid_role_identifier",
                    "must be 2 to 64 lower-case letters, digits or underscores, starting with a letter");
        }
    }

    public static RoleIdentifier parse(String field, String text) {
        try {
            return new RoleIdentifier(text == null ? null : text.strip());
        } catch (InvalidInputException e) {
            throw e.named(field);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
