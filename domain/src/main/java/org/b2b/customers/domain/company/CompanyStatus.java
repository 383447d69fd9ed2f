package org.b2b.customers.domain.company;

import org.b2b.customers.domain.shared.Choice;

/** A deactivated company's members cannot log in or act, and its invitations cannot be accepted. */
public enum CompanyStatus {
    ACTIVE,
    DEACTIVATED;

    public static CompanyStatus parse(String field, String text) {
        return Choice.parse(CompanyStatus.class, field, text);
    }
}
