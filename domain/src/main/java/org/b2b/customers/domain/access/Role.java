package org.b2b.customers.domain.access;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.PlainText;
import org.b2b.customers.domain.user.RoleIdentifier;

/** A named set of policies held by staff users or by company members. */
public final class Role {

    public static final int MAX_NAME_LENGTH = 100;

    private final RoleIdentifier identifier;
    private final String name;
    private final RoleAudience audience;
    private final ImmutableSet<Policy> policies;
    private final boolean builtIn;
    private final long version;

    private Role(RoleIdentifier identifier, String name, RoleAudience audience, Set<Policy> policies,
            boolean builtIn, long version) {
        this.identifier = requireNonNull(identifier);
        this.name = PlainText.require("name", name, MAX_NAME_LENGTH);
        this.audience = requireNonNull(audience);
        // Sorted once here, not in policies(): every use case walks its caller's policies, and sorting them on each
        // walk showed in the profile of reading a company.
        this.policies = policies.stream()
                .sorted(Comparator.comparing((Policy p) -> p.permission().ordinal()).thenComparing(Policy::toString))
                .collect(ImmutableSet.toImmutableSet());
        this.builtIn = builtIn;
        this.version = version;
        if (identifier.equals(RoleIdentifier.CORPORATE_ACCESS) && audience != RoleAudience.CUSTOMER) {
            throw new IllegalArgumentException("corporate_access is a customer role");
        }
        checkPolicyForms(this.policies);
    }

    /** A new role defined by an administrator. */
    public static Role define(RoleIdentifier identifier, String name, RoleAudience audience, Set<Policy> policies) {
        if (BuiltInRoles.isBuiltIn(identifier)) {
            throw DomainException.conflict(RoleErrorCode.EXISTS, "The role " + identifier + " exists already.");
        }
        return new Role(identifier, name, audience, policies, false, 1);
    }

    /** A built-in role as the system ships it. */
    static Role builtIn(RoleIdentifier identifier, String name, RoleAudience audience, Set<Policy> policies) {
        return new Role(identifier, name, audience, policies, true, 1);
    }

    /** A role read back from storage, through the same checks as a new one. */
    public static Role restore(RoleIdentifier identifier, String name, RoleAudience audience, Set<Policy> policies,
            boolean builtIn, long version) {
        return new Role(identifier, name, audience, policies, builtIn, version);
    }

    /**
     * The same role with another name and policies. Taking from {@code corporate_access} a policy that the
     * Customer Portal needs is refused unless {@code confirmed}, and the refusal says what would stop working.
     * The administrator role always keeps what it takes to administer roles, so that nobody is locked out.
     */
    public Role withPolicies(String newName, Set<Policy> newPolicies, boolean confirmed) {
        if (identifier.equals(RoleIdentifier.ADMINISTRATOR)) {
            List<Policy> lost = missing(BuiltInRoles.roleAdministrationNeeds(), newPolicies);
            if (!lost.isEmpty()) {
                throw DomainException.ruleViolated(RoleErrorCode.ADMINISTRATOR_ROLE_POLICIES_NEEDED,
                        "The administrator role must keep " + keys(lost) + " without limitation: otherwise nobody "
                                + "could see or edit roles any more, not even to give them back.");
            }
        }
        if (identifier.equals(RoleIdentifier.CORPORATE_ACCESS) && !confirmed) {
            List<Policy> lost = missing(BuiltInRoles.portalNeeds(), newPolicies);
            if (!lost.isEmpty()) {
                throw DomainException.ruleViolated(RoleErrorCode.CORPORATE_ACCESS_POLICY_NEEDED,
                        "Without " + keys(lost) + " in corporate_access, members can no longer "
                                + lost.stream().map(Role::portalLoss).collect(Collectors.joining(" or "))
                                + ". Confirm to change it anyway.");
            }
        }
        return new Role(identifier, newName, audience, newPolicies, builtIn, version);
    }

    /** The same role at the version its store gave it. */
    public Role atVersion(long newVersion) {
        return new Role(identifier, name, audience, policies, builtIn, newVersion);
    }

    /** Whether a member can be given this role; corporate_access is held by every member and never assigned. */
    public boolean isAssignableToMembers() {
        return audience == RoleAudience.CUSTOMER && !identifier.equals(RoleIdentifier.CORPORATE_ACCESS);
    }

    public boolean isAssignableToStaff() {
        return audience == RoleAudience.STAFF;
    }

    /** The identifiers of roles to give a staff user, refused if one of them is no staff role. */
    public static Set<RoleIdentifier> staffRoles(Set<Role> roles) {
        for (Role role : roles) {
            if (!role.isAssignableToStaff()) {
                throw InvalidInputException.of("roles", "not_a_staff_role", role.identifier() + " is not a staff role");
            }
        }
        return roles.stream().map(Role::identifier).collect(ImmutableSet.toImmutableSet());
    }

    public RoleIdentifier identifier() {
        return identifier;
    }

    public String name() {
        return name;
    }

    public RoleAudience audience() {
        return audience;
    }

    /** The policies in a stable order. */
    public Set<Policy> policies() {
        return policies;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public long version() {
        return version;
    }

    /** The needs that no policy covers: a need is covered by a policy of its permission with no more limitations. */
    private static List<Policy> missing(Set<Policy> needs, Set<Policy> policies) {
        return needs.stream()
                .filter(need -> policies.stream().noneMatch(p -> p.permission() == need.permission()
                        && need.limitations().containsAll(p.limitations())))
                .sorted(Comparator.comparing((Policy p) -> p.permission().ordinal()))
                .toList();
    }

    private static String keys(List<Policy> policies) {
        return policies.stream().map(p -> p.permission().key()).collect(Collectors.joining(" and "));
    }

    private static String portalLoss(Policy need) {
        return need.permission() == Permission.COMPANY_VIEW ? "see their own company" : need.permission().description();
    }

    private static void checkPolicyForms(Set<Policy> policies) {
        long distinct = policies.stream().map(Policy::toString).distinct().count();
        if (distinct != policies.size()) {
            throw new IllegalArgumentException("policies are a set");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Role r && r.identifier.equals(identifier) && r.name.equals(name) && r.audience == audience
                && r.policies.equals(policies) && r.builtIn == builtIn && r.version == version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(identifier, version);
    }

    @Override
    public String toString() {
        return "Role[" + identifier + " " + policies() + "]";
    }
}
