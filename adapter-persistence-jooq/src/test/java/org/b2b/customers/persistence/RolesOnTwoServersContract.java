package org.b2b.customers.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Set;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.Policy;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.access.RoleAudience;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.testkit.contract.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Roles are kept in memory by each server (each set of driven ports): a change made through another server on the
 * same database is read at once, because every read checks the role's version; and a version one server read from a
 * change it then rolled back is read as another server committed it.
 */
abstract class RolesOnTwoServersContract {

    abstract TestDatabase database();

    @Test
    void a_role_changed_by_another_server_is_read_changed_at_once() {
        DrivenPorts one = database().ports();
        DrivenPorts other = database().ports(Clock.systemUTC());
        Role role = defined(one);
        assertThat(one.transactions().inTransaction(() -> one.roles().find(role.identifier()))).contains(role);

        Role changed = other.transactions().inTransaction(() -> other.roles().update(role.withPolicies("Auditor",
                Set.of(Policy.of(Permission.USER_VIEW)), false)));

        assertThat(one.transactions().inTransaction(() -> one.roles().find(role.identifier()))).contains(changed);
    }

    @Test
    void a_version_read_from_a_rolled_back_change_is_read_as_another_server_committed_it() {
        DrivenPorts one = database().ports();
        DrivenPorts other = database().ports(Clock.systemUTC());
        Role role = defined(one);

        assertThatThrownBy(() -> one.transactions().inTransaction(() -> readChanged(one, role))).hasMessage("roll back");
        Role committed = other.transactions().inTransaction(() -> other.roles().update(role.withPolicies("Committed",
                Set.of(Policy.of(Permission.ORDER_VIEW)), false)));

        assertThat(one.transactions().inTransaction(() -> one.roles().find(role.identifier()))).contains(committed);
    }

    @Test
    void a_version_read_under_a_rolled_back_savepoint_is_read_as_another_server_committed_it() {
        DrivenPorts one = database().ports();
        DrivenPorts other = database().ports(Clock.systemUTC());
        Role role = defined(one);

        one.transactions().inTransaction(() -> {
            assertThatThrownBy(() -> one.transactions().inSavepoint(() -> readChanged(one, role))).hasMessage("roll back");
            return null;
        });
        Role committed = other.transactions().inTransaction(() -> other.roles().update(role.withPolicies("Committed",
                Set.of(Policy.of(Permission.ORDER_VIEW)), false)));

        assertThat(one.transactions().inTransaction(() -> one.roles().find(role.identifier()))).contains(committed);
    }

    private static Role defined(DrivenPorts ports) {
        return ports.transactions().inTransaction(() -> ports.roles().add(Role.define(
                new RoleIdentifier("role_" + Fixtures.unique()), "Auditor", RoleAudience.STAFF,
                Set.of(Policy.of(Permission.COMPANY_VIEW)))));
    }

    /** Changes the role, reads the change, and throws: the work of a use case refused after reading. */
    private static Role readChanged(DrivenPorts ports, Role role) {
        ports.roles().update(role.withPolicies("Rolled back", Set.of(Policy.of(Permission.USER_VIEW)), false));
        assertThat(ports.roles().find(role.identifier())).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("Rolled back"));
        throw new IllegalStateException("roll back");
    }
}
