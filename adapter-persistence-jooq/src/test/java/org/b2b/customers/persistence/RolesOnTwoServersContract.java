package org.b2b.customers.persistence;

import static org.assertj.core.api.Assertions.assertThat;

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
 * same database is read at once, because every read checks the role's version.
 */
abstract class RolesOnTwoServersContract {

    abstract TestDatabase database();

    @Test
    void a_role_changed_by_another_server_is_read_changed_at_once() {
        DrivenPorts one = database().ports();
        DrivenPorts other = database().ports(Clock.systemUTC());
        Role role = one.transactions().inTransaction(() -> one.roles().add(Role.define(
                new RoleIdentifier("role_" + Fixtures.unique()), "Auditor", RoleAudience.STAFF,
                Set.of(Policy.of(Permission.COMPANY_VIEW)))));
        assertThat(one.transactions().inTransaction(() -> one.roles().find(role.identifier()))).contains(role);

        Role changed = other.transactions().inTransaction(() -> other.roles().update(role.withPolicies("Auditor",
                Set.of(Policy.of(Permission.USER_VIEW)), false)));

        assertThat(one.transactions().inTransaction(() -> one.roles().find(role.identifier()))).contains(changed);
    }
}
