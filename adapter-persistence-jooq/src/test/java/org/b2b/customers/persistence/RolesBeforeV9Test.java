package org.b2b.customers.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.security.Pbkdf2PasswordHasher;
import org.b2b.customers.domain.access.Limitation;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.Policy;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Customer roles stored before V9 with staff powers (user/create, unlimited policies) lose exactly those policies
 * and get a new version; a customer role within the rule, and staff roles, are left as they were.
 */
class RolesBeforeV9Test {

    @TempDir
    Path directory;

    @Test
    void customer_roles_stored_before_v9_lose_their_staff_powers_on_h2() throws SQLException {
        EarlierSchema.onH2(directory, "9", RolesBeforeV9Test::migratedOverRolesBeforeV9);
    }

    @Test
    void customer_roles_stored_before_v9_lose_their_staff_powers_on_postgres() throws SQLException {
        EarlierSchema.onPostgres("9", RolesBeforeV9Test::migratedOverRolesBeforeV9);
    }

    private static void migratedOverRolesBeforeV9(DatabaseConfig config) throws SQLException {
        try (Connection connection = DriverManager.getConnection(config.url(), config.user(), config.password())) {
            role(connection, "escalating", "CUSTOMER", "user/create", "", "order/view", "", "order/view",
                    "own_company", "company/edit", "own_company", "portal/login", "");
            role(connection, "order_reader", "CUSTOMER", "order/view", "own_company", "portal/login", "");
            role(connection, "user_manager", "STAFF", "user/create", "", "company/view", "represented_companies");
        }

        try (Database database = Database.open(config)) {
            DrivenPorts ports = database.drivenPorts(new Pbkdf2PasswordHasher(1_000), Clock.systemUTC());
            Role escalating = find(ports, "escalating");
            Role reader = find(ports, "order_reader");
            Role staff = find(ports, "user_manager");

            assertThat(escalating.policies()).containsExactlyInAnyOrder(
                    Policy.of(Permission.ORDER_VIEW, Limitation.OWN_COMPANY), Policy.of(Permission.PORTAL_LOGIN));
            assertThat(escalating.version()).isEqualTo(2);
            assertThat(reader.policies()).containsExactlyInAnyOrder(
                    Policy.of(Permission.ORDER_VIEW, Limitation.OWN_COMPANY), Policy.of(Permission.PORTAL_LOGIN));
            assertThat(reader.version()).isEqualTo(1);
            assertThat(staff.policies()).containsExactlyInAnyOrder(Policy.of(Permission.USER_CREATE),
                    Policy.of(Permission.COMPANY_VIEW, Limitation.REPRESENTED_COMPANIES));
            assertThat(staff.version()).isEqualTo(1);
        }
    }

    private static Role find(DrivenPorts ports, String identifier) {
        return ports.transactions().inTransaction(() -> ports.roles().find(new RoleIdentifier(identifier)))
                .orElseThrow();
    }

    /** A role as the schema before V9 took it: the policies are pairs of permission and limitations. */
    private static void role(Connection connection, String identifier, String audience, String... policies)
            throws SQLException {
        insert(connection, "insert into roles (identifier, name, audience, built_in, version) values (?, ?, ?, ?, ?)",
                identifier, identifier, audience, false, 1L);
        for (int i = 0; i < policies.length; i += 2) {
            insert(connection, "insert into role_policies (role_identifier, permission, limitations) values (?, ?, ?)",
                    identifier, policies[i], policies[i + 1]);
        }
    }

    private static void insert(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
