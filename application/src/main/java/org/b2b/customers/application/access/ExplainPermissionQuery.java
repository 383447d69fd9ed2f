package org.b2b.customers.application.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * Can this user use this policy ({@code module/function}, such as {@code company/edit}), on this company when one
 * is named? Without a company the question is about the policy where no single company is involved.
 */
public record ExplainPermissionQuery(
        @NotBlank(message = "must be a user id") String userId,
        @NotBlank(message = "must be module/function, such as company/edit")
        @Size(max = 130, message = "must be at most 130 characters") String policy,
        Optional<String> companyId) {

    public ExplainPermissionQuery {
        companyId = companyId == null ? Optional.empty() : companyId;
    }
}
