package org.b2b.customers.application.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.domain.access.AccessSubject;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserErrorCode;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.domain.user.UserType;

/**
 * Works out who a user is in terms of policies: staff hold their staff roles; a member holds their company role
 * and {@code corporate_access}, but nothing at all while disabled or while their company is deactivated.
 */
public final class AccessControl {

    private final Users users;
    private final Members members;
    private final Companies companies;
    private final Roles roles;

    public AccessControl(Users users, Members members, Companies companies, Roles roles) {
        this.users = users;
        this.members = members;
        this.companies = companies;
        this.roles = roles;
    }

    /** The caller for a use case; a user that does not exist (any more) is not authenticated. */
    public Caller caller(Actor actor) {
        User user = users.find(actor.userId()).orElseThrow(() ->
                DomainException.unauthenticated(UserErrorCode.UNKNOWN, "The acting user does not exist."));
        return new Caller(actor, subjectOf(user), companies::find);
    }

    /** The policy view of any user, for explaining decisions about them. */
    public AccessSubject subjectOf(User user) {
        if (user.type() == UserType.STAFF) {
            return AccessSubject.active(user.id(), rolesOf(user.staffRoles()), Optional.empty());
        }
        Optional<Member> member = members.findByUser(user.id());
        if (member.isEmpty()) {
            return AccessSubject.active(user.id(), List.of(), Optional.empty());
        }
        if (!member.get().isActive()) {
            return AccessSubject.inactive(user.id(), Optional.of(member.get().companyId()),
                    "the member is disabled, so they may do nothing");
        }
        Optional<Company> company = companies.find(member.get().companyId());
        if (company.isEmpty() || !company.get().isActive()) {
            return AccessSubject.inactive(user.id(), Optional.of(member.get().companyId()),
                    "the member's company is deactivated, so they may do nothing");
        }
        return AccessSubject.active(user.id(),
                rolesOf(List.of(member.get().role(), RoleIdentifier.CORPORATE_ACCESS)),
                Optional.of(member.get().companyId()));
    }

    /**
     * Whether the user may be signed in at all: staff may; a member needs {@code portal/login}, which a disabled
     * member and a member of a deactivated company lack; a customer of the pool, in no company, may, with no powers,
     * which is how they accept an invitation to their address.
     */
    public boolean maySignIn(User user) {
        return user.type() == UserType.STAFF || members.findByUser(user.id()).isEmpty()
                || subjectOf(user).decide(Permission.PORTAL_LOGIN).allowed();
    }

    /** The policy view of a user by id, if there is such a user. */
    public Optional<AccessSubject> subjectOf(UserId userId) {
        return users.find(userId).map(this::subjectOf);
    }

    private List<Role> rolesOf(Iterable<RoleIdentifier> identifiers) {
        List<Role> held = new ArrayList<>();
        for (RoleIdentifier identifier : identifiers) {
            roles.find(identifier).ifPresent(held::add);
        }
        return held;
    }
}
