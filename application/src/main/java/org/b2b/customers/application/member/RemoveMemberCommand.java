package org.b2b.customers.application.member;

import static java.util.Objects.requireNonNull;

import org.b2b.customers.application.common.ExpectedVersion;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;

/** The member to remove from a company; with {@code expectedVersion}, only if the member is still at that version. */
public record RemoveMemberCommand(CompanyId companyId, MemberId memberId, ExpectedVersion expectedVersion) {

    public RemoveMemberCommand {
        requireNonNull(companyId);
        requireNonNull(memberId);
        expectedVersion = expectedVersion == null ? ExpectedVersion.any() : expectedVersion;
    }

    public static RemoveMemberCommand of(CompanyId companyId, MemberId memberId) {
        return new RemoveMemberCommand(companyId, memberId, ExpectedVersion.any());
    }

    public RemoveMemberCommand ifVersion(long version) {
        return new RemoveMemberCommand(companyId, memberId, ExpectedVersion.of(version));
    }
}
