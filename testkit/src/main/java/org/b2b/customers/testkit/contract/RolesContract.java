package org.b2b.customers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.b2b.customers.testkit.contract.Conflicts.assertConflict;

import java.util.List;
import java.util.Set;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.domain.access.BuiltInRoles;
import org.b2b.customers.domain.access.Limitation;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.Policy;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.access.RoleAudience;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.junit.jupiter.api.Test;

/** What every {@link Roles} store does. */
public abstract class RolesContract extends PortContract {

    private Roles roles() {
        return ports().roles();
    }

    private Role defined(Set<Policy> policies) {
        Role role = Role.define(new RoleIdentifier("role_" + Fixtures.unique()), "Auditor", RoleAudience.STAFF, policies);
        return inTransaction(() -> roles().add(role));
    }

    @Test
    public void a_stored_role_reads_back_equal_with_its_policies_and_limitations() {
        Role role = defined(Set.of(Policy.of(Permission.COMPANY_VIEW, Limitation.OWN_COMPANY, Limitation.REPRESENTED_COMPANIES),
                Policy.of(Permission.COMPANY_VIEW), Policy.of(Permission.ORDER_VIEW, Limitation.REPRESENTED_COMPANIES)));

        assertThat(inTransaction(() -> roles().find(role.identifier()))).contains(role);
        assertThat(inTransaction(() -> roles().find(new RoleIdentifier("never_" + Fixtures.unique())))).isEmpty();
    }

    @Test
    public void the_built_in_roles_read_back_equal() {
        given().role(RoleIdentifier.ADMINISTRATOR);

        for (Role builtIn : BuiltInRoles.all()) {
            assertThat(inTransaction(() -> roles().find(builtIn.identifier()))).contains(builtIn);
        }
    }

    @Test
    public void an_identifier_belongs_to_one_role() {
        Role role = defined(Set.of());
        Role again = Role.define(role.identifier(), "Again", RoleAudience.CUSTOMER, Set.of());

        assertConflict(() -> inTransaction(() -> roles().add(again)), "role.exists");
    }

    @Test
    public void an_update_replaces_the_policies_and_an_unsaved_change_is_not_visible() {
        Role role = defined(Set.of(Policy.of(Permission.COMPANY_VIEW)));
        inTransaction(() -> roles().find(role.identifier()).orElseThrow().withPolicies("Unsaved", Set.of(), false));

        Role updated = inTransaction(() -> roles().update(role.withPolicies("Renamed",
                Set.of(Policy.of(Permission.USER_VIEW)), false)));

        assertThat(updated.version()).isEqualTo(role.version() + 1);
        assertThat(inTransaction(() -> roles().find(role.identifier()))).contains(updated);
    }

    @Test
    public void what_a_change_read_before_it_rolled_back_is_not_read_afterwards() {
        Role role = defined(Set.of(Policy.of(Permission.COMPANY_VIEW)));
        inTransaction(() -> roles().find(role.identifier()));

        assertThatThrownBy(() -> inTransaction(() -> {
            roles().update(role.withPolicies("Rolled back", Set.of(Policy.of(Permission.USER_VIEW)), false));
            assertThat(roles().find(role.identifier())).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("Rolled back"));
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");
        Role committed = inTransaction(() -> roles().update(role.withPolicies("Committed",
                Set.of(Policy.of(Permission.ORDER_VIEW)), false)));

        assertThat(inTransaction(() -> roles().find(role.identifier()))).contains(committed);
    }

    @Test
    public void an_update_from_a_stale_version_is_refused() {
        Role role = defined(Set.of());
        inTransaction(() -> roles().update(role.withPolicies("First", Set.of(), false)));

        assertConflict(() -> inTransaction(() -> roles().update(role.withPolicies("Second", Set.of(), false))),
                "role.stale_version");
    }

    @Test
    public void all_roles_are_listed_by_identifier() {
        Role role = defined(Set.of());
        given().role(RoleIdentifier.ADMINISTRATOR);

        List<String> identifiers = inTransaction(() -> roles().all()).stream().map(r -> r.identifier().value()).toList();

        assertThat(identifiers).contains(role.identifier().value(), "administrator", "company_buyer").isSorted();
    }
}
