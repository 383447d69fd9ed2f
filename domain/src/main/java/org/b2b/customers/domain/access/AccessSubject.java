package org.b2b.customers.domain.access;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.user.UserId;

/**
 * A user as policies see them: their roles, the company they are a member of, and whether they may act at all
 * (a disabled member or a member of a deactivated company may not). Decisions are deny-by-default.
 */
public final class AccessSubject {

    private final UserId userId;
    private final ImmutableList<Role> roles;
    private final Optional<CompanyId> memberOf;
    private final Optional<String> inactiveBecause;

    private AccessSubject(UserId userId, List<Role> roles, Optional<CompanyId> memberOf, Optional<String> inactiveBecause) {
        this.userId = requireNonNull(userId);
        this.roles = ImmutableList.copyOf(roles);
        this.memberOf = requireNonNull(memberOf);
        this.inactiveBecause = requireNonNull(inactiveBecause);
    }

    /** A subject who may act, holding these roles. */
    public static AccessSubject active(UserId userId, List<Role> roles, Optional<CompanyId> memberOf) {
        return new AccessSubject(userId, roles, memberOf, Optional.empty());
    }

    /** A subject who may do nothing, and why (shown by {@code explain}). */
    public static AccessSubject inactive(UserId userId, Optional<CompanyId> memberOf, String reason) {
        return new AccessSubject(userId, List.of(), memberOf, Optional.of(reason));
    }

    public UserId userId() {
        return userId;
    }

    public List<Role> roles() {
        return roles;
    }

    public Optional<CompanyId> memberOf() {
        return memberOf;
    }

    public boolean isActive() {
        return inactiveBecause.isEmpty();
    }

    /** May the subject use this permission on this company? */
    public AccessDecision decide(Permission permission, CompanyScope company) {
        requireNonNull(company);
        if (inactiveBecause.isPresent()) {
            return AccessDecision.deny(inactiveBecause::get);
        }
        AccessDecision refusal = null;
        for (Role role : roles) {
            for (Policy policy : role.policies()) {
                if (policy.permission() != permission) {
                    continue;
                }
                Optional<Limitation> failed = unmetLimitation(policy, company);
                if (failed.isEmpty()) {
                    return AccessDecision.allow(role.identifier(), policy, policy.limitations().stream().findFirst(),
                            () -> grant(role, policy) + (policy.isLimited()
                                    ? ", and " + policy.limitations().stream().map(AccessSubject::met)
                                            .collect(Collectors.joining(" and "))
                                    : " on every company"));
                }
                if (refusal == null) {
                    refusal = AccessDecision.deny(role.identifier(), policy, failed.get(),
                            () -> grant(role, policy) + ", but " + unmet(failed.get()));
                }
            }
        }
        return refusal != null ? refusal : AccessDecision.deny(() -> noneGrants(permission));
    }

    /** May the subject use this permission where no single company is involved (customer groups, roles)? */
    public AccessDecision decide(Permission permission) {
        if (inactiveBecause.isPresent()) {
            return AccessDecision.deny(inactiveBecause::get);
        }
        AccessDecision refusal = null;
        for (Role role : roles) {
            for (Policy policy : role.policies()) {
                if (policy.permission() != permission) {
                    continue;
                }
                if (!policy.isLimited()) {
                    return AccessDecision.allow(role.identifier(), policy, Optional.empty(), () -> grant(role, policy));
                }
                if (refusal == null) {
                    refusal = AccessDecision.deny(role.identifier(), policy, policy.limitations().iterator().next(),
                            () -> grant(role, policy) + ", which holds only for a given company");
                }
            }
        }
        return refusal != null ? refusal : AccessDecision.deny(() -> noneGrants(permission));
    }

    /** Which companies this permission reaches, for lists and searches. */
    public CompanyFilter filter(Permission permission) {
        if (inactiveBecause.isPresent()) {
            return CompanyFilter.NONE;
        }
        CompanyFilter filter = CompanyFilter.NONE;
        for (Role role : roles) {
            for (Policy policy : role.policies()) {
                if (policy.permission() == permission) {
                    filter = filter.or(filterOf(policy));
                }
            }
        }
        return filter;
    }

    /**
     * Which users this subject may list. Staff and the pool are no company's, so they take {@code user/view}
     * without limitation; staff's contact details and roles also take {@code user/create}, which creates them.
     * Members are seen where both {@code user/view} and {@code member/view} reach their company.
     */
    public UserScope userScope() {
        boolean unlimited = decide(Permission.USER_VIEW).allowed();
        return new UserScope(unlimited, unlimited && decide(Permission.USER_CREATE).allowed(), unlimited,
                filter(Permission.USER_VIEW).and(filter(Permission.MEMBER_VIEW)));
    }

    /**
     * Whether this subject may give the role to a member (adding, changing or inviting them). Staff may give any
     * role; a member only one whose every policy a policy of their own covers (the same permission with no more
     * limitations), so that nobody can hand out more than they hold.
     */
    public boolean mayGive(Role role) {
        if (inactiveBecause.isPresent()) {
            return false;
        }
        if (memberOf.isEmpty() && roles.stream().anyMatch(r -> r.audience() == RoleAudience.STAFF)) {
            return true;
        }
        return role.policies().stream().allMatch(given -> roles.stream()
                .flatMap(r -> r.policies().stream())
                .anyMatch(held -> held.permission() == given.permission()
                        && given.limitations().containsAll(held.limitations())));
    }

    private CompanyFilter filterOf(Policy policy) {
        Set<Limitation> limitations = policy.limitations();
        if (limitations.isEmpty()) {
            return CompanyFilter.ALL;
        }
        if (limitations.size() > 1) {
            // Both limitations at once mean "my own company, if I also represent it": too rare to page by, so a
            // list leaves such a policy out, while decide() still grants it company by company.
            return CompanyFilter.NONE;
        }
        return switch (limitations.iterator().next()) {
            case REPRESENTED_COMPANIES -> new CompanyFilter(false, Optional.of(userId), Optional.empty());
            case OWN_COMPANY -> memberOf.map(own -> new CompanyFilter(false, Optional.empty(), Optional.of(own)))
                    .orElse(CompanyFilter.NONE);
        };
    }

    /** The first of the policy's limitations that the company does not meet; a loop, since every use case asks. */
    private Optional<Limitation> unmetLimitation(Policy policy, CompanyScope company) {
        for (Limitation limitation : policy.limitations()) {
            if (!holds(limitation, company)) {
                return Optional.of(limitation);
            }
        }
        return Optional.empty();
    }

    private boolean holds(Limitation limitation, CompanyScope company) {
        return switch (limitation) {
            case OWN_COMPANY -> memberOf.filter(company.companyId()::equals).isPresent();
            case REPRESENTED_COMPANIES -> company.salesRepresentativeId().equals(userId);
        };
    }

    private static String grant(Role role, Policy policy) {
        return "role " + role.identifier() + " grants " + policy.permission().key() + (policy.isLimited()
                ? " limited to " + policy.limitations().stream().map(AccessSubject::scopeOf)
                        .collect(Collectors.joining(" and "))
                : "");
    }

    private String noneGrants(Permission permission) {
        if (roles.isEmpty()) {
            return "the user holds no role, so nothing is granted";
        }
        return "none of the user's roles ("
                + roles.stream().map(r -> r.identifier().value()).collect(Collectors.joining(", "))
                + ") grants " + permission.key();
    }

    private static String scopeOf(Limitation limitation) {
        return switch (limitation) {
            case OWN_COMPANY -> "the user's own company";
            case REPRESENTED_COMPANIES -> "represented companies";
        };
    }

    private static String met(Limitation limitation) {
        return switch (limitation) {
            case OWN_COMPANY -> "the company is the user's own";
            case REPRESENTED_COMPANIES -> "the company is represented by the user";
        };
    }

    private static String unmet(Limitation limitation) {
        return switch (limitation) {
            case OWN_COMPANY -> "the company is not the user's own";
            case REPRESENTED_COMPANIES -> "the company is represented by someone else";
        };
    }
}
