package org.b2b.customers.application.support;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Actor.ReadAccess;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.Principal;
import org.b2b.customers.application.port.out.Principals;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.domain.access.AccessSubject;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.Role;
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

    /**
     * How long access read with an actor stands in for reading it again: about a request's span, so that the use cases
     * of one page share one read, while a right taken away holds from the next request on.
     */
    static final Duration READ_ACCESS_STANDS_FOR = Duration.ofSeconds(5);

    private final Principals principals;
    private final Companies companies;
    private final Roles roles;
    private final Clock clock;

    public AccessControl(Principals principals, Companies companies, Roles roles, Clock clock) {
        this.principals = principals;
        this.companies = companies;
        this.roles = roles;
        this.clock = clock;
    }

    /** The caller for a use case; a user that does not exist (any more) is not authenticated. */
    public Caller caller(Actor actor) {
        AccessSubject subject = actor.access().filter(this::standsFor).map(ReadAccess::subject)
                .or(() -> subjectOf(actor.userId()))
                .orElseThrow(() -> DomainException.unauthenticated(UserErrorCode.UNKNOWN,
                        "The acting user does not exist."));
        return new Caller(actor, subject, companies::find);
    }

    /**
     * The actor for a principal just read, carrying their access for the rest of the request, if they may still sign
     * in (see {@link #maySignIn}).
     */
    public Optional<Actor> signedIn(Principal principal) {
        AccessSubject subject = subjectOf(principal);
        return maySignIn(principal, subject) ? Optional.of(Actor.withAccess(subject, clock.instant()))
                : Optional.empty();
    }

    /** The policy view of a user by id, if there is such a user. */
    public Optional<AccessSubject> subjectOf(UserId userId) {
        return principals.byUser(userId).map(this::subjectOf);
    }

    /** The policy view of a principal. */
    public AccessSubject subjectOf(Principal principal) {
        User user = principal.user();
        if (user.type() == UserType.STAFF) {
            return AccessSubject.active(user.id(), rolesOf(principal), Optional.empty());
        }
        Optional<Member> member = principal.membership();
        if (member.isEmpty()) {
            return AccessSubject.active(user.id(), List.of(), Optional.empty());
        }
        if (!member.get().isActive()) {
            return AccessSubject.inactive(user.id(), Optional.of(member.get().companyId()),
                    "the member is disabled, so they may do nothing");
        }
        if (!principal.companyActive()) {
            return AccessSubject.inactive(user.id(), Optional.of(member.get().companyId()),
                    "the member's company is deactivated, so they may do nothing");
        }
        return AccessSubject.active(user.id(), rolesOf(principal), Optional.of(member.get().companyId()));
    }

    /**
     * Whether the user may be signed in at all: staff may; a member needs {@code portal/login}, which a disabled
     * member and a member of a deactivated company lack; a customer of the pool, in no company, may, with no powers,
     * which is how they accept an invitation to their address.
     */
    public boolean maySignIn(Principal principal) {
        return maySignIn(principal, subjectOf(principal));
    }

    private static boolean maySignIn(Principal principal, AccessSubject subject) {
        return principal.user().type() == UserType.STAFF || principal.membership().isEmpty()
                || subject.decide(Permission.PORTAL_LOGIN).allowed();
    }

    private boolean standsFor(ReadAccess access) {
        return clock.instant().isBefore(access.readAt().plus(READ_ACCESS_STANDS_FOR));
    }

    /** The roles the principal holds, in identifier order, each as it is at the version read with them. */
    private List<Role> rolesOf(Principal principal) {
        return principal.roleVersions().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(RoleIdentifier::value)))
                .flatMap(held -> roles.find(held.getKey(), held.getValue()).stream())
                .toList();
    }
}
