package org.b2b.customers.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.security.Pbkdf2PasswordHasher;
import org.b2b.customers.domain.group.CustomerGroup;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.group.PriceRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path directory;

    private static DrivenPorts ports(Database database) {
        return database.drivenPorts(new Pbkdf2PasswordHasher(1_000), Clock.systemUTC());
    }

    @Test
    void an_h2_file_database_is_migrated_at_start_and_keeps_its_rows_across_restarts() {
        DatabaseConfig config = DatabaseConfig.of("jdbc:h2:file:" + directory.resolve("customers")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", null, null);
        CustomerGroup group = CustomerGroup.create(CustomerGroupId.random(), "kept", "Kept", new PriceRate(BigDecimal.TEN));
        try (Database first = Database.open(config)) {
            DrivenPorts ports = ports(first);
            ports.transactions().inTransaction(() -> ports.customerGroups().add(group));
        }

        try (Database second = Database.open(config)) {
            DrivenPorts ports = ports(second);
            assertThat(ports.transactions().inTransaction(() -> ports.customerGroups().find(group.id()))).contains(group);
        }
    }

    @Test
    void without_a_configured_url_the_database_is_an_h2_file_under_data() {
        DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of());

        assertThat(config.url()).startsWith("jdbc:h2:file:./data/").contains("MODE=PostgreSQL");
        assertThat(config.isPostgres()).isFalse();
    }

    @Test
    void a_postgresql_url_selects_postgresql_with_the_given_credentials() {
        DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of("CM_DB_URL", "jdbc:postgresql://db:5432/customers",
                "CM_DB_USER", "app", "CM_DB_PASSWORD", "secret"));

        assertThat(config.isPostgres()).isTrue();
        assertThat(config.user()).isEqualTo("app");
        assertThat(config.password()).isEqualTo("secret");
        assertThat(config.toString()).doesNotContain("secret");
    }

    @Test
    void a_url_of_another_database_is_refused() {
        assertThatThrownBy(() -> DatabaseConfig.of("jdbc:mysql://localhost/customers", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
