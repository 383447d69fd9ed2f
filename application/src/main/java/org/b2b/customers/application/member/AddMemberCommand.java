package org.b2b.customers.application.member;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import org.b2b.customers.domain.company.CompanyId;

/** A user from the pool (a customer in no company) to add to a company, with the company role they get. */
public record AddMemberCommand(
        CompanyId companyId,
        @NotBlank(message = "must not be blank") String userId,
        @NotBlank(message = "must not be blank") String role) {

    public AddMemberCommand {
        requireNonNull(companyId);
    }
}
