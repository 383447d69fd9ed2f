package org.b2b.customers.domain.access;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
            return AccessDecision.deny(inactiveBecause.get());
        }
        AccessDecision refusal = null;
        for (Role role : roles) {
            for (Policy policy : role.policies()) {
                if (policy.permission() != permission) {
                    continue;
                }
                Optional<Limitation> failed = policy.limitations().stream().filter(l -> !holds(l, company)).findFirst();
                if (failed.isEmpty()) {
                    Optional<Limitation> limitation = policy.limitations().stream().findFirst();
                    return AccessDecision.allow(role.identifier(), policy, limitation,
                            "role " + role.identifier() + " grants " + policy
                                    + limitation.map(l -> ", and the company is " + describe(l)).orElse(" on every company"));
                }
                if (refusal == null) {
                    refusal = AccessDecision.deny(role.identifier(), policy, failed.get(),
                            "role " + role.identifier() + " grants " + policy + " only on " + plural(failed.get())
                                    + ", and this company is not one of them");
                }
            }
        }
        return refusal != null ? refusal : AccessDecision.deny("no role of this user grants " + permission.key());
    }

    /** May the subject use this permission where no single company is involved (customer groups, roles)? */
    public AccessDecision decide(Permission permission) {
        if (inactiveBecause.isPresent()) {
            return AccessDecision.deny(inactiveBecause.get());
        }
        for (Role role : roles) {
            for (Policy policy : role.policies()) {
                if (policy.permission() == permission && !policy.isLimited()) {
                    return AccessDecision.allow(role.identifier(), policy, Optional.empty(),
                            "role " + role.identifier() + " grants " + policy);
                }
            }
        }
        return AccessDecision.deny("no role of this user grants " + permission.key() + " without limitation");
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

    private boolean holds(Limitation limitation, CompanyScope company) {
        return switch (limitation) {
            case OWN_COMPANY -> memberOf.filter(company.companyId()::equals).isPresent();
            case REPRESENTED_COMPANIES -> company.salesRepresentativeId().equals(userId);
        };
    }

    private static String describe(Limitation limitation) {
        return switch (limitation) {
            case OWN_COMPANY -> "the user's own company";
            case REPRESENTED_COMPANIES -> "represented by the user";
        };
    }

    private static String plural(Limitation limitation) {
        return switch (limitation) {
            case OWN_COMPANY -> "the user's own company";
            case REPRESENTED_COMPANIES -> "the companies the user represents";
        };
    }
}
