package org.b2b.customers.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The baseline of P1: "get company" as plain JDBC, the very statements the jOOQ repositories send for a caller known
 * by id (as jOOQ renders them, less the quotes), without a transaction, every column read; and, narrower, only the
 * company row and its default billing address, in two statements or in one.
 */
final class RawGetCompany {

    /** The caller with their staff roles, membership, its company's status and the versions of the roles they hold. */
    static final String PRINCIPAL = "select users.id, users.email, users.first_name, users.last_name,"
            + " users.first_name_key, users.last_name_key, users.phone, users.type, users.password_hash,"
            + " users.created_at, users.version, user_staff_roles.role_identifier, members.id, members.company_id,"
            + " members.user_id, members.role_identifier, members.status, members.joined_at, members.version,"
            + " companies.status, roles.identifier, roles.version"
            + " from users left outer join user_staff_roles on user_staff_roles.user_id = users.id"
            + " left outer join members on members.user_id = users.id"
            + " left outer join companies on companies.id = members.company_id"
            + " left outer join roles on (roles.identifier = user_staff_roles.role_identifier"
            + " or roles.identifier = members.role_identifier"
            + " or (members.id is not null and roles.identifier = 'corporate_access'))"
            + " where users.id = cast(? as uuid)";
    static final String COMPANY = "select companies.id, companies.name, companies.name_key, companies.tax_id,"
            + " companies.customer_group_id, companies.sales_representative_id, companies.website, companies.status,"
            + " companies.contact_person_member_id, companies.created_at, companies.updated_at, companies.version"
            + " from companies where companies.id = cast(? as uuid)";
    static final String DEFAULT_BILLING_ADDRESS = "select addresses.id, addresses.company_id, addresses.position,"
            + " addresses.type, addresses.name, addresses.street, addresses.postal_code, addresses.city,"
            + " addresses.region, addresses.country, addresses.email, addresses.phone, addresses.tax_id,"
            + " addresses.is_default, addresses.default_key, addresses.version from addresses"
            + " where addresses.company_id = cast(? as uuid) and addresses.default_key = 'BILLING'";
    /** The company's columns, then its default billing address's (all null without one), in one row. */
    static final String COMPANY_WITH_DEFAULT_BILLING_ADDRESS = "select companies.id, companies.name,"
            + " companies.name_key, companies.tax_id, companies.customer_group_id, companies.sales_representative_id,"
            + " companies.website, companies.status, companies.contact_person_member_id, companies.created_at,"
            + " companies.updated_at, companies.version, addresses.id, addresses.company_id, addresses.position,"
            + " addresses.type, addresses.name, addresses.street, addresses.postal_code, addresses.city,"
            + " addresses.region, addresses.country, addresses.email, addresses.phone, addresses.tax_id,"
            + " addresses.is_default, addresses.default_key, addresses.version"
            + " from companies left outer join addresses on addresses.company_id = companies.id"
            + " and addresses.default_key = 'BILLING' where companies.id = cast(? as uuid)";
    private static final int COMPANY_COLUMNS = 12;

    /** What a raw read found: the company row, its default billing address row, and how many statements it took. */
    record Found(Object[] company, Optional<Object[]> billingAddress, int statements) {}

    private final DataSource pool;

    RawGetCompany(DataSource pool) {
        this.pool = pool;
    }

    /**
     * The use case's statements once the caller's roles are known: the caller with all that decides their access
     * (the use case keeps roles in memory and reads their policies only when a version changed), then the company
     * with its default billing address, each committed on its own.
     */
    Found sameStatements(UUID userId, UUID companyId) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            rows(connection, PRINCIPAL, userId);
            Found found = companyWithBillingAddress(connection, companyId);
            return new Found(found.company(), found.billingAddress(), 2);
        }
    }

    /** Only what the view shows: the company row and its default billing address. */
    Found companyAndBillingAddress(UUID companyId) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            Object[] company = rows(connection, COMPANY, companyId).get(0);
            List<Object[]> billing = rows(connection, DEFAULT_BILLING_ADDRESS, companyId);
            connection.commit();
            connection.setAutoCommit(true);
            return new Found(company, billing.stream().findFirst(), 2);
        }
    }

    /**
     * The same two rows as {@link #companyAndBillingAddress}, in one statement without a transaction: a single round
     * trip, the least any server can send for the view.
     */
    Found companyWithBillingAddress(UUID companyId) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            return companyWithBillingAddress(connection, companyId);
        }
    }

    private static Found companyWithBillingAddress(Connection connection, UUID companyId) throws SQLException {
        Object[] row = rows(connection, COMPANY_WITH_DEFAULT_BILLING_ADDRESS, companyId).get(0);
        Object[] company = Arrays.copyOfRange(row, 0, COMPANY_COLUMNS);
        Object[] billing = Arrays.copyOfRange(row, COMPANY_COLUMNS, row.length);
        return new Found(company, Optional.of(billing).filter(address -> address[0] != null), 1);
    }

    private static List<Object[]> rows(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = result.getObject(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
