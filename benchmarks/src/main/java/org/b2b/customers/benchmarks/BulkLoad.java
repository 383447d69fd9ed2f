package org.b2b.customers.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.group.CreateCustomerGroupCommand;
import org.b2b.customers.application.user.CreateUserCommand;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.address.Address;
import org.b2b.customers.domain.address.AddressDetails;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyDetails;
import org.b2b.customers.domain.company.TaxId;
import org.b2b.customers.domain.company.Website;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.Password;
import org.b2b.customers.domain.user.PhoneNumber;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;

/**
 * Loads the P3 data set by JDBC batches, not through the use cases: a few customer groups and sales
 * representatives made through the use cases, then {@code count} generated companies, each with its address book,
 * default billing address, customer user and member, committed every {@value #CHUNK} companies.
 */
final class BulkLoad {

    static final int GROUPS = 10;
    static final int REPRESENTATIVES = 50;
    private static final int CHUNK = 5_000;
    private static final int PROGRESS = 100_000;
    private static final int H2_LOAD_CACHE_KB = 1024 * 1024;

    /** How long the batches took, for how many rows. */
    record Report(int companies, long rows, double seconds) {

        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private BulkLoad() {}

    /** The number of companies the database holds. */
    static int companies(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select count(*) from companies")) {
            result.next();
            return result.getInt(1);
        }
    }

    /**
     * Loads into an installed, otherwise empty database, then has the planner's statistics brought up to date; the
     * batches alone are timed.
     */
    static Report load(WiredSystem system, BenchDatabase target, int count) throws SQLException {
        GeneratedCompanies generator = generator(system);
        try (Connection connection = target.bulkConnection();
                PreparedStatement companies = connection.prepareStatement("insert into companies (id, name, name_key,"
                        + " tax_id, customer_group_id, sales_representative_id, website, status, contact_person_member_id,"
                        + " created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement books = connection.prepareStatement(
                        "insert into address_books (company_id, version) values (?, ?)");
                PreparedStatement addresses = connection.prepareStatement("insert into addresses (id, company_id,"
                        + " position, type, name, street, postal_code, city, region, country, email, phone, tax_id,"
                        + " is_default, default_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement users = connection.prepareStatement("insert into users (id, email, first_name,"
                        + " last_name, first_name_key, last_name_key, phone, type, password_hash, created_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement members = connection.prepareStatement("insert into members (id, company_id, user_id,"
                        + " role_identifier, status, joined_at, version) values (?, ?, ?, ?, ?, ?, ?)")) {
            try (Statement statement = connection.createStatement()) {
                // On PostgreSQL, a load cut short by a crash is loaded again: waiting for each flush buys nothing.
                // H2's page cache (16 MB unless set) would make every commit read its index pages back from disk;
                // the setting lasts while this load keeps the database open, so the benchmarks read with the default.
                statement.execute(target.isPostgres() ? "set synchronous_commit to off" : "set cache_size " + H2_LOAD_CACHE_KB);
            }
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            for (int n = 0; n < count; n++) {
                GeneratedCompanies.Generated generated = generator.company(n);
                addCompany(companies, generated.company());
                books.setObject(1, generated.company().id().value());
                books.setLong(2, 1L);
                books.addBatch();
                addAddress(addresses, generated.company(), generated.billingAddress());
                addUser(users, generated.user());
                members.setObject(1, generated.member().id().value());
                members.setObject(2, generated.member().companyId().value());
                members.setObject(3, generated.member().userId().value());
                members.setString(4, generated.member().role().value());
                members.setString(5, generated.member().status().name());
                members.setObject(6, timestamp(generated.member().joinedAt()));
                members.setLong(7, generated.member().version());
                members.addBatch();
                if ((n + 1) % CHUNK == 0 || n + 1 == count) {
                    for (PreparedStatement batch : List.of(companies, books, addresses, users, members)) {
                        batch.executeBatch();
                    }
                    connection.commit();
                    if ((n + 1) % PROGRESS == 0) {
                        System.out.printf(Locale.ROOT, "  %,d companies loaded in %.0f s%n", n + 1,
                                (System.nanoTime() - started) / 1e9);
                    }
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
            connection.commit();
            return new Report(count, 5L * count, seconds);
        }
    }

    private static GeneratedCompanies generator(WiredSystem system) {
        Actor admin = system.administrator();
        List<CustomerGroupId> groups = new ArrayList<>();
        for (int i = 0; i < GROUPS; i++) {
            groups.add(system.useCases().customerGroups().create().create(admin,
                    new CreateCustomerGroupCommand("p3-group-" + i, "P3 group " + i, "-" + i)).id());
        }
        List<UserId> representatives = new ArrayList<>();
        for (int i = 0; i < REPRESENTATIVES; i++) {
            representatives.add(system.useCases().users().create().create(admin, new CreateUserCommand(
                    "rep" + i + "@p3.example", "Rep", "Number " + i, null, "STAFF", List.of("sales_representative"),
                    WiredSystem.PASSWORD)).id());
        }
        DrivenPorts ports = system.ports();
        return ports.transactions().inTransaction(() -> new GeneratedCompanies(groups, representatives,
                role(ports, RoleIdentifier.COMPANY_ADMIN), role(ports, RoleIdentifier.COMPANY_BUYER),
                ports.passwordHasher().hash(Password.of(WiredSystem.PASSWORD))));
    }

    private static Role role(DrivenPorts ports, RoleIdentifier identifier) {
        return ports.roles().find(identifier).orElseThrow(() -> new IllegalStateException("no role " + identifier));
    }

    private static void addCompany(PreparedStatement insert, Company company) throws SQLException {
        CompanyDetails details = company.details();
        insert.setObject(1, company.id().value());
        insert.setString(2, details.name());
        insert.setString(3, details.nameKey());
        insert.setString(4, details.taxId().value());
        insert.setObject(5, details.customerGroupId().value());
        insert.setObject(6, details.salesRepresentativeId().value());
        insert.setString(7, details.website().map(Website::value).orElse(null));
        insert.setString(8, company.status().name());
        insert.setNull(9, Types.OTHER);
        insert.setObject(10, timestamp(company.createdAt()));
        insert.setObject(11, timestamp(company.updatedAt()));
        insert.setLong(12, company.version());
        insert.addBatch();
    }

    private static void addAddress(PreparedStatement insert, Company company, Address address) throws SQLException {
        AddressDetails details = address.details();
        insert.setObject(1, address.id().value());
        insert.setObject(2, company.id().value());
        insert.setInt(3, 0);
        insert.setString(4, address.type().name());
        insert.setString(5, details.name());
        insert.setString(6, details.street());
        insert.setString(7, details.postalCode());
        insert.setString(8, details.city());
        insert.setString(9, details.region().orElse(null));
        insert.setString(10, details.country().value());
        insert.setString(11, details.email().map(EmailAddress::value).orElse(null));
        insert.setString(12, details.phone().map(PhoneNumber::value).orElse(null));
        insert.setString(13, details.taxId().map(TaxId::value).orElse(null));
        insert.setBoolean(14, address.isDefault());
        insert.setString(15, address.isDefault() ? address.type().name() : null);
        insert.addBatch();
    }

    private static void addUser(PreparedStatement insert, User user) throws SQLException {
        insert.setObject(1, user.id().value());
        insert.setString(2, user.email().value());
        insert.setString(3, user.name().firstName());
        insert.setString(4, user.name().lastName());
        insert.setString(5, user.name().firstName().toLowerCase(Locale.ROOT));
        insert.setString(6, user.name().lastName().toLowerCase(Locale.ROOT));
        insert.setString(7, user.phone().map(PhoneNumber::value).orElse(null));
        insert.setString(8, user.type().name());
        insert.setString(9, user.passwordHash().encoded());
        insert.setObject(10, timestamp(user.createdAt()));
        insert.setLong(11, user.version());
        insert.addBatch();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
