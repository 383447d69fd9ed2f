package org.b2b.customers.domain.access;

import org.b2b.customers.domain.shared.ErrorCode;

/** Refusal codes about roles. */
public enum RoleErrorCode implements ErrorCode {
    NOT_FOUND("role.not_found"),
    STALE_VERSION("role.stale_version"),
    EXISTS("role.exists"),
    ADMINISTRATOR_ROLE_POLICIES_NEEDED("administrator.role_policies_needed"),
    CORPORATE_ACCESS_POLICY_NEEDED("corporate_access.policy_needed");

    private final String value;

    RoleErrorCode(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
