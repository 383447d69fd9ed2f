package org.b2b.customers.application.member;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.b2b.customers.application.common.ExpectedVersion;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;

/**
 * A partial change to a member: absent fields stay as they are; a blank phone removes it; {@code status} is
 * ACTIVE or DISABLED. With {@code expectedVersion}, the change applies only to that version of the member.
 */
public record UpdateMemberCommand(
        CompanyId companyId,
        MemberId memberId,
        Optional<@Size(max = 100, message = "must be at most 100 characters") String> firstName,
        Optional<@Size(max = 100, message = "must be at most 100 characters") String> lastName,
        Optional<@Size(max = 32, message = "must be at most 32 characters") String> phone,
        Optional<String> role,
        Optional<String> status,
        ExpectedVersion expectedVersion) {

    public UpdateMemberCommand {
        requireNonNull(companyId);
        requireNonNull(memberId);
        firstName = firstName == null ? Optional.empty() : firstName;
        lastName = lastName == null ? Optional.empty() : lastName;
        phone = phone == null ? Optional.empty() : phone;
        role = role == null ? Optional.empty() : role;
        status = status == null ? Optional.empty() : status;
        expectedVersion = expectedVersion == null ? ExpectedVersion.any() : expectedVersion;
    }

    /** A change of nothing yet, to build on with the {@code with…} methods. */
    public static UpdateMemberCommand of(CompanyId companyId, MemberId memberId) {
        return new UpdateMemberCommand(companyId, memberId, null, null, null, null, null, null);
    }

    public UpdateMemberCommand withFirstName(String value) {
        return new UpdateMemberCommand(companyId, memberId, Optional.of(value), lastName, phone, role, status, expectedVersion);
    }

    public UpdateMemberCommand withLastName(String value) {
        return new UpdateMemberCommand(companyId, memberId, firstName, Optional.of(value), phone, role, status, expectedVersion);
    }

    public UpdateMemberCommand withPhone(String value) {
        return new UpdateMemberCommand(companyId, memberId, firstName, lastName, Optional.of(value), role, status, expectedVersion);
    }

    public UpdateMemberCommand withRole(String value) {
        return new UpdateMemberCommand(companyId, memberId, firstName, lastName, phone, Optional.of(value), status, expectedVersion);
    }

    public UpdateMemberCommand withStatus(String value) {
        return new UpdateMemberCommand(companyId, memberId, firstName, lastName, phone, role, Optional.of(value), expectedVersion);
    }

    public UpdateMemberCommand ifVersion(long version) {
        return new UpdateMemberCommand(companyId, memberId, firstName, lastName, phone, role, status, ExpectedVersion.of(version));
    }
}
