package org.b2b.customers.domain.company;

import org.b2b.customers.domain.shared.ErrorCode;

/** Refusal codes about companies and their contact person. */
public enum CompanyErrorCode implements ErrorCode {
    NOT_FOUND("company.not_found"),
    STALE_VERSION("company.stale_version"),
    TAX_ID_TAKEN("company.tax_id_taken"),
    ALREADY_DEACTIVATED("company.already_deactivated"),
    ALREADY_ACTIVE("company.already_active"),
    DEACTIVATED("company.deactivated"),
    CONTACT_PERSON_NOT_A_MEMBER("contact_person.not_a_member"),
    CONTACT_PERSON_MEMBER_DISABLED("contact_person.member_disabled"),
    CONTACT_PERSON_CANNOT_BE_REMOVED("contact_person.cannot_be_removed"),
    CONTACT_PERSON_CANNOT_BE_DISABLED("contact_person.cannot_be_disabled");

    private final String value;

    CompanyErrorCode(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
