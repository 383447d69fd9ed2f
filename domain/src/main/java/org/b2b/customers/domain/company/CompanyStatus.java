package org.b2b.customers.domain.company;

import org.b2b.customers.domain.shared.InvalidInputException;

/** A deactivated company's members cannot log in or act, and its invitations cannot be accepted. */
public enum CompanyStatus {
    ACTIVE,
    DEACTIVATED;

    public static CompanyStatus parse(String field, String text) {
        try {
            return valueOf(text.strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.of(field, "invalid_status", "must be ACTIVE or DEACTIVATED");
        }
    }
}
