package org.b2b.customers.application.port.in.member;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import java.util.OptionalLong;
import org.b2b.customers.domain.company.CompanyId;

/**
 * The member to make a company's contact person; with {@code expectedVersion}, only if the company is still at
 * that version.
 */
public record AssignContactPersonCommand(
        CompanyId companyId,
        @NotBlank(message = "must not be blank") String memberId,
        OptionalLong expectedVersion) {

    public AssignContactPersonCommand {
        requireNonNull(companyId);
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    public static AssignContactPersonCommand of(CompanyId companyId, String memberId) {
        return new AssignContactPersonCommand(companyId, memberId, OptionalLong.empty());
    }

    public AssignContactPersonCommand ifVersion(long version) {
        return new AssignContactPersonCommand(companyId, memberId, OptionalLong.of(version));
    }
}
