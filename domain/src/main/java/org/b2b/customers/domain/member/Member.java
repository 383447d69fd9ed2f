package org.b2b.customers.domain.member;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Objects;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.domain.user.UserType;

/** A customer user's place in a company: their company role and whether they may act. */
public final class Member {

    private final MemberId id;
    private final CompanyId companyId;
    private final UserId userId;
    private final RoleIdentifier role;
    private final MemberStatus status;
    private final Instant joinedAt;
    private final long version;

    private Member(MemberId id, CompanyId companyId, UserId userId, RoleIdentifier role, MemberStatus status,
            Instant joinedAt, long version) {
        this.id = requireNonNull(id);
        this.companyId = requireNonNull(companyId);
        this.userId = requireNonNull(userId);
        this.role = requireNonNull(role);
        this.status = requireNonNull(status);
        this.joinedAt = requireNonNull(joinedAt);
        this.version = version;
        if (role.equals(RoleIdentifier.CORPORATE_ACCESS)) {
            throw new IllegalArgumentException("corporate_access is held by every member, never assigned");
        }
    }

    /**
     * A customer user joins a company with a company role. Only customers join, and only an active company
     * takes new members.
     */
    public static Member join(MemberId id, Company company, User user, Role role, Instant now) {
        if (user.type() != UserType.CUSTOMER) {
            throw DomainException.ruleViolated(MemberErrorCode.NOT_A_CUSTOMER, "Only customer users can be members of a company.");
        }
        if (!company.isActive()) {
            throw DomainException.ruleViolated(CompanyErrorCode.DEACTIVATED, "A deactivated company takes no new members.");
        }
        return new Member(id, company.id(), user.id(), assignable(role), MemberStatus.ACTIVE, now, 1);
    }

    /** A member read back from storage. */
    public static Member restore(MemberId id, CompanyId companyId, UserId userId, RoleIdentifier role,
            MemberStatus status, Instant joinedAt, long version) {
        return new Member(id, companyId, userId, role, status, joinedAt, version);
    }

    public Member withRole(Role newRole) {
        return new Member(id, companyId, userId, assignable(newRole), status, joinedAt, version);
    }

    /** The company with this member as its contact person, which only an active member of that company can be. */
    public Company appointContactPerson(Company company, Instant now) {
        if (!companyId.equals(company.id())) {
            throw DomainException.ruleViolated(CompanyErrorCode.CONTACT_PERSON_NOT_A_MEMBER,
                    "The contact person must be a member of this company.");
        }
        if (!isActive()) {
            throw DomainException.ruleViolated(CompanyErrorCode.CONTACT_PERSON_MEMBER_DISABLED,
                    "A disabled member cannot be the contact person.");
        }
        return company.withContactPerson(id, now);
    }

    /** Disabling is refused while the member is the company's contact person. */
    public Member disable(Company company) {
        company.requireNotContactPerson(id, Company.ContactPersonChange.DISABLED);
        return new Member(id, companyId, userId, role, MemberStatus.DISABLED, joinedAt, version);
    }

    public Member enable() {
        return new Member(id, companyId, userId, role, MemberStatus.ACTIVE, joinedAt, version);
    }

    /** Checks that the member may leave the company: not while they are its contact person. */
    public void requireRemovable(Company company) {
        company.requireNotContactPerson(id, Company.ContactPersonChange.REMOVED);
    }

    public Member atVersion(long newVersion) {
        return new Member(id, companyId, userId, role, status, joinedAt, newVersion);
    }

    private static RoleIdentifier assignable(Role role) {
        if (!role.isAssignableToMembers()) {
            throw InvalidInputException.of("role", "not_a_company_role",
                    role.identifier() + " is not a role that company members can hold");
        }
        return role.identifier();
    }

    public MemberId id() {
        return id;
    }

    public CompanyId companyId() {
        return companyId;
    }

    public UserId userId() {
        return userId;
    }

    public RoleIdentifier role() {
        return role;
    }

    public MemberStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Member m && m.id.equals(id) && m.companyId.equals(companyId) && m.userId.equals(userId)
                && m.role.equals(role) && m.status == status && m.joinedAt.equals(joinedAt) && m.version == version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Member[" + id + " of " + companyId + " as " + role + ", " + status + "]";
    }
}
