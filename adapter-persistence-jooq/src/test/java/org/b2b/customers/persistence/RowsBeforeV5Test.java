package org.b2b.customers.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.security.Pbkdf2PasswordHasher;
import org.b2b.customers.domain.address.Address;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.order.Order;
import org.b2b.customers.domain.order.OrderId;
import org.b2b.customers.domain.order.OrderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Orders and addresses stored before V5, which gave orders the shop's own status codes and a version and addresses
 * a version of their own, read back and change after it, on H2 and on PostgreSQL: the demo data and every
 * installation's rows are of this kind.
 */
class RowsBeforeV5Test {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.UTC);

    private final UUID companyId = UUID.randomUUID();
    private final UUID orderId = UUID.randomUUID();
    private final UUID addressId = UUID.randomUUID();

    @TempDir
    Path directory;

    @Test
    void rows_stored_before_v5_keep_working_on_h2() throws SQLException {
        EarlierSchema.onH2(directory, "5", this::migratedOverRowsOfV4);
    }

    @Test
    void rows_stored_before_v5_keep_working_on_postgres() throws SQLException {
        EarlierSchema.onPostgres("5", this::migratedOverRowsOfV4);
    }

    private void migratedOverRowsOfV4(DatabaseConfig config) throws SQLException {
        storeRowsOfV4(config);

        try (Database database = Database.open(config)) {
            DrivenPorts ports = database.drivenPorts(new Pbkdf2PasswordHasher(1_000), Clock.systemUTC());
            Order order = ports.transactions().inTransaction(() -> ports.orders().find(new OrderId(orderId)))
                    .orElseThrow();
            Order returned = ports.transactions().inTransaction(() ->
                    ports.orders().update(order.withStatus(new OrderStatus("Returned_after-inspection"))));
            Address address = ports.transactions().inTransaction(() ->
                    ports.addressBooks().load(new CompanyId(companyId))).find(new AddressId(addressId));

            assertThat(order.status()).isEqualTo(new OrderStatus("COMPLETED"));
            assertThat(order.version()).isEqualTo(1);
            assertThat(returned.version()).isEqualTo(2);
            assertThat(ports.transactions().inTransaction(() -> ports.orders().find(new OrderId(orderId))))
                    .contains(returned);
            assertThat(address.version()).isEqualTo(1);
            assertThat(address.isDefault()).isTrue();
        }
    }

    /** A company with an order and a billing address, written as the V4 schema took them. */
    private void storeRowsOfV4(DatabaseConfig config) throws SQLException {
        UUID groupId = UUID.randomUUID();
        UUID representativeId = UUID.randomUUID();
        try (Connection connection = DriverManager.getConnection(config.url(), config.user(), config.password())) {
            insert(connection, "insert into customer_groups (id, identifier, name, global_price_rate, version)"
                    + " values (?, ?, ?, ?, ?)", groupId, "retail", "Retail", BigDecimal.ZERO, 1L);
            insert(connection, "insert into users (id, email, first_name, last_name, first_name_key, last_name_key,"
                    + " phone, type, password_hash, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    representativeId, "rita@seller.example", "Rita", "Rep", "rita", "rep", null, "STAFF",
                    "$pbkdf2$test", T0, 1L);
            insert(connection, "insert into companies (id, name, name_key, tax_id, customer_group_id,"
                    + " sales_representative_id, website, status, contact_person_member_id, created_at, updated_at,"
                    + " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", companyId, "Acme", "acme",
                    "DE136695976", groupId, representativeId, null, "ACTIVE", null, T0, T0, 1L);
            insert(connection, "insert into orders (id, company_id, number, placed_at, placed_by_member_id, status,"
                    + " currency, total) values (?, ?, ?, ?, ?, ?, ?, ?)", orderId, companyId, "SO-1", T0, null,
                    "COMPLETED", "EUR", new BigDecimal("19.90"));
            insert(connection, "insert into address_books (company_id, version) values (?, ?)", companyId, 1L);
            insert(connection, "insert into addresses (id, company_id, position, type, name, street, postal_code,"
                    + " city, region, country, email, phone, tax_id, is_default, default_key)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", addressId, companyId, 0, "BILLING",
                    "Accounts", "Hafenstraße 1", "20457", "Hamburg", null, "DE", null, null, null, true, "BILLING");
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
