package org.b2b.customers.application.member;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import org.b2b.customers.application.common.ExpectedVersion;
import org.b2b.customers.domain.company.CompanyId;

/**
 * The member to make a company's contact person; with {@code expectedVersion}, only if the company is still at
 * that version.
 */
public record AssignContactPersonCommand(
        CompanyId companyId,
        @NotBlank(message = "must not be blank") String memberId,
        ExpectedVersion expectedVersion) {

    public AssignContactPersonCommand {
        requireNonNull(companyId);
        expectedVersion = expectedVersion == null ? ExpectedVersion.any() : expectedVersion;
    }

    public static AssignContactPersonCommand of(CompanyId companyId, String memberId) {
        return new AssignContactPersonCommand(companyId, memberId, ExpectedVersion.any());
    }

    public AssignContactPersonCommand ifVersion(long version) {
        return new AssignContactPersonCommand(companyId, memberId, ExpectedVersion.of(version));
    }
}
