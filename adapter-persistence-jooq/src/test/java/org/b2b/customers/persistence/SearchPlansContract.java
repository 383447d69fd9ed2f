package org.b2b.customers.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.domain.access.CompanyFilter;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.UserType;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.domain.access.UserScope;
import org.jooq.Configuration;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListener;
import org.junit.jupiter.api.Test;

/**
 * The list and search queries that the repositories really send are served by index ranges, never by reading a
 * whole table or index: the plans of the captured statements name an index with a bound on its first column. The
 * statements are explained as sent, bind values as parameters: H2 plans a prepared statement before it sees them.
 * The look-ups of a bulk invitation's chunk are explained as a database plans a statement it has prepared and run
 * often, for any values, on tables with next to no rows and no statistics, and with nothing discouraged: a plan
 * made then is kept while the table grows, so it must find the keys in the index or by one hash of them, and never
 * compare each row with each key.
 */
abstract class SearchPlansContract {

    abstract TestDatabase database();

    /** The plan of a statement, as the database explains it, with sequential scans discouraged where possible. */
    abstract String plan(String sql, Object... bindings);

    /** The plan a database keeps for a statement prepared and run often, whatever its values, nothing discouraged. */
    abstract String planForAnyValues(String sql, Object... bindings);

    /** Whether a plan finds a list of keys in the named index or by one hash of them, not by comparing each with each. */
    abstract boolean looksUpEachKey(String plan, String index);

    /** Whether a plan reads the named index within a range rather than from end to end. */
    abstract boolean usesRange(String plan, String index);

    /** The name of the index behind a primary-key constraint, as plans show it. */
    abstract String primaryKeyIndex(String constraint);

    @Test
    void company_name_and_tax_id_prefixes_each_read_a_range_of_their_index() {
        Sent sent = captured(() -> database().ports().companies().search(new Companies.Search(CompanyFilter.ALL,
                Optional.of("acme"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 50)));

        String plan = plan(sent.sql(), sent.bindings());
        assertThat(usesRange(plan, "companies_name_key")).as(plan).isTrue();
        assertThat(usesRange(plan, "companies_tax_id_unique")).as(plan).isTrue();
    }

    @Test
    void a_deep_company_page_starts_inside_the_name_index() {
        Sent sent = captured(() -> database().ports().companies().search(new Companies.Search(CompanyFilter.ALL,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new Companies.Key("m", new CompanyId(UUID.randomUUID()))), 50)));

        String plan = plan(sent.sql(), sent.bindings());
        assertThat(usesRange(plan, "companies_name_key")).as(plan).isTrue();
    }

    @Test
    void a_directory_search_reads_a_range_of_the_name_index_and_of_the_tax_id_index() {
        Companies.DirectoryFilter filter = new Companies.DirectoryFilter(CompanyFilter.ALL, Optional.of("acme"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        Sent sent = captured(() -> database().ports().companies().directory(new Companies.DirectorySearch(filter,
                Companies.DirectoryOrder.NAME, false, Optional.empty(), false, 50)));

        String plan = plan(sent.sql(), sent.bindings());
        assertThat(usesRange(plan, "companies_name_key")).as(plan).isTrue();
        assertThat(usesRange(plan, "companies_tax_id_unique")).as(plan).isTrue();
    }

    @Test
    void counting_a_directory_search_reads_a_range_of_the_name_index_and_of_the_tax_id_index() {
        Companies.DirectoryFilter filter = new Companies.DirectoryFilter(CompanyFilter.ALL, Optional.of("acme"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        Sent sent = captured(() -> database().ports().companies().countUpTo(filter, 10_000));

        String plan = plan(sent.sql(), sent.bindings());
        assertThat(usesRange(plan, "companies_name_key")).as(plan).isTrue();
        assertThat(usesRange(plan, "companies_tax_id_unique")).as(plan).isTrue();
    }

    @Test
    void a_customer_groups_companies_are_read_in_name_order_from_one_index() {
        Companies.DirectoryFilter filter = new Companies.DirectoryFilter(CompanyFilter.ALL, Optional.empty(),
                Optional.of(new CustomerGroupId(UUID.randomUUID())), Optional.empty(), Optional.empty(),
                Optional.empty());
        Sent sent = captured(() -> database().ports().companies().directory(new Companies.DirectorySearch(filter,
                Companies.DirectoryOrder.NAME, false, Optional.empty(), false, 50)));

        String plan = plan(sent.sql(), sent.bindings());
        assertThat(usesRange(plan, "companies_customer_group_name")).as(plan).isTrue();
    }

    @Test
    void the_staff_are_read_in_email_order_from_the_type_index() {
        Sent sent = captured(() -> database().ports().users().search(new Users.Search(UserScope.EVERYONE,
                Optional.empty(), Optional.of(UserType.STAFF), Optional.empty(), false, Optional.empty(), 200)));

        String plan = plan(sent.sql(), sent.bindings());
        assertThat(usesRange(plan, "users_type_email")).as(plan).isTrue();
    }

    @Test
    void the_holders_of_a_role_are_read_from_the_role_indexes() {
        Sent sent = captured(() -> database().ports().users().search(new Users.Search(UserScope.EVERYONE,
                Optional.empty(), Optional.of(UserType.STAFF), Optional.of(RoleIdentifier.SALES_REPRESENTATIVE), false,
                Optional.empty(), 200)));

        String plan = plan(sent.sql(), sent.bindings());
        assertThat(usesRange(plan, "user_staff_roles_role")).as(plan).isTrue();
        assertThat(usesRange(plan, "members_role")).as(plan).isTrue();
    }

    @Test
    void user_email_and_name_prefixes_each_read_a_range_of_their_index() {
        Sent sent = captured(() -> database().ports().users().search(new Users.Search(UserScope.EVERYONE,
                Optional.of("ann"), Optional.empty(), Optional.empty(), false, Optional.empty(), 50)));

        String plan = plan(sent.sql(), sent.bindings());
        assertThat(usesRange(plan, "users_email_unique")).as(plan).isTrue();
        assertThat(usesRange(plan, "users_first_name_key")).as(plan).isTrue();
        assertThat(usesRange(plan, "users_last_name_key")).as(plan).isTrue();
    }

    @Test
    void the_billing_addresses_of_a_page_of_companies_are_read_from_the_default_address_index() {
        List<CompanyId> page = List.of(new CompanyId(UUID.randomUUID()), new CompanyId(UUID.randomUUID()));
        Sent sent = captured(() -> database().ports().addressBooks().defaultBillingAddresses(page));

        String plan = plan(sent.sql(), sent.bindings());
        assertThat(usesRange(plan, "addresses_default_unique")).as(plan).isTrue();
    }

    @Test
    void the_senders_of_a_page_of_invitations_are_named_in_one_statement_from_the_users_key() {
        List<UserId> senders = List.of(new UserId(UUID.randomUUID()), new UserId(UUID.randomUUID()),
                new UserId(UUID.randomUUID()));
        Sent sent = captured(() -> database().ports().users().namesOf(senders));

        String plan = plan(sent.sql(), sent.bindings());
        assertThat(usesRange(plan, primaryKeyIndex("users_pk"))).as(plan).isTrue();
    }

    @Test
    void the_open_invitations_of_a_chunk_of_emails_are_found_without_comparing_every_row_with_every_email() {
        List<EmailAddress> chunk = IntStream.range(0, 500).mapToObj(i -> EmailAddress.of("p" + i + "@chunk.example"))
                .toList();
        Sent sent = captured(() -> database().ports().invitations().findOpen(new CompanyId(UUID.randomUUID()), chunk));

        String plan = planForAnyValues(sent.sql(), sent.bindings());
        assertThat(looksUpEachKey(plan, "invitations_open_unique")).as(plan).isTrue();
    }

    @Test
    void the_staff_and_members_among_a_chunk_of_emails_are_found_without_comparing_every_user_with_every_email() {
        List<EmailAddress> chunk = IntStream.range(0, 500).mapToObj(i -> EmailAddress.of("p" + i + "@chunk.example"))
                .toList();
        Sent sent = captured(() -> database().ports().users().staffOrMembersAmong(chunk));

        String plan = planForAnyValues(sent.sql(), sent.bindings());
        assertThat(looksUpEachKey(plan, "users_email_unique")).as(plan).isTrue();
    }

    /** A statement with its bind markers, and the values bound to them. */
    private record Sent(String sql, Object[] bindings) {}

    private Sent captured(Runnable query) {
        List<Sent> statements = new ArrayList<>();
        JooqTransactions transactions = database().transactions();
        // Every transaction shares one jOOQ configuration, so the listener is taken off again afterwards.
        Configuration configuration = transactions.inTransaction(() -> transactions.dsl().configuration());
        configuration.set(new DefaultExecuteListener() {
            @Override
            public void executeStart(ExecuteContext context) {
                statements.add(new Sent(context.sql(), context.query().getBindValues().toArray()));
            }
        });
        try {
            transactions.inTransaction(query);
        } finally {
            configuration.set(new ExecuteListenerProvider[0]);
        }
        assertThat(statements).hasSize(1);
        return statements.get(0);
    }
}
