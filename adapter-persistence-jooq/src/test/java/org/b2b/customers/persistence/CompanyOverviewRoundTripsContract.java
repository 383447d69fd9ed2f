package org.b2b.customers.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyOverview;
import org.b2b.customers.application.company.CompanySummaryView;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.member.AssignContactPersonCommand;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.order.RecordOrderCommand;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.Policy;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.access.RoleAudience;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.testkit.TestData;
import org.b2b.customers.testkit.TestSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a company's Summary tab and its summary cost in round trips after a caller resolved from a token: the company
 * with its names and counts is one statement, and the totals and the latest orders with who placed them one each,
 * however many members, invitations and orders the company has; a caller who may not see orders pays for the first
 * alone.
 */
abstract class CompanyOverviewRoundTripsContract {

    private TestSystem system;
    private CustomerManagement useCases;
    private CompanyView company;

    abstract TestDatabase database();

    @BeforeEach
    void start() {
        system = TestSystem.on(database()::ports, database()::outboxMessages);
        useCases = system.useCases();
        company = system.testData().company("Round Trips", system.testData().salesRepresentative());
    }

    @Test
    void the_overview_and_the_summary_of_a_company_with_all_they_show_cost_three_round_trips() {
        invite("expired@buyer.example");
        system.clock().advance(Duration.ofDays(8));
        invite("pending@buyer.example");
        membersPlacingOrders(3);
        MemberView contact = system.testData().member(company, RoleIdentifier.COMPANY_ADMIN.value());
        useCases.members().assignContactPerson().assign(system.administrator(),
                AssignContactPersonCommand.of(company.id(), contact.id().toString()));
        Actor admin = signedIn();

        CompanyOverview overview = costsThreeRoundTrips(admin).overview;

        assertThat(overview.contactPerson()).hasValueSatisfying(person -> assertThat(person.email()).isPresent());
        assertThat(overview.activeMembers()).isEqualTo(4);
        assertThat(overview.pendingInvitations()).isEqualTo(1);
        assertThat(overview.expiredInvitations()).isEqualTo(1);
        assertThat(overview.latestOrders()).hasSize(3).allSatisfy(order -> assertThat(order.placedByName()).isPresent());
        assertThat(overview.totals()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 30})
    void the_cost_is_the_same_for_any_number_of_members_and_orders(int count) {
        membersPlacingOrders(count);
        Actor admin = signedIn();

        Views views = costsThreeRoundTrips(admin);

        assertThat(views.overview.activeMembers()).isEqualTo(count);
        assertThat(views.summary.orderCount()).isEqualTo(count);
        assertThat(views.summary.latestOrders()).hasSize(Math.min(count, 5));
    }

    @Test
    void a_caller_who_may_not_see_orders_costs_the_company_s_statement_alone() {
        membersPlacingOrders(3);
        system.ports().transactions().inTransaction(() -> system.ports().roles().add(Role.define(
                new RoleIdentifier("company_viewer"), "Company viewer", RoleAudience.STAFF,
                Set.of(Policy.of(Permission.COMPANY_VIEW)))));
        Actor viewer = signedIn(system.testData().staff("company_viewer").email(), TestData.PASSWORD);
        CompanyId id = company.id();
        AtomicReference<CompanyOverview> overview = new AtomicReference<>();

        assertThat(database().roundTripsOf(() -> overview.set(useCases.companies().overview().overview(viewer, id))))
                .isEqualTo(1);
        assertThat(database().roundTripsOf(() -> useCases.companies().summary().summary(viewer, id))).isEqualTo(1);
        assertThat(overview.get().orders()).isEqualTo(3);
        assertThat(overview.get().latestOrders()).isEmpty();
    }

    private record Views(CompanyOverview overview, CompanySummaryView summary) {}

    private Views costsThreeRoundTrips(Actor actor) {
        CompanyId id = company.id();
        AtomicReference<CompanyOverview> overview = new AtomicReference<>();
        AtomicReference<CompanySummaryView> summary = new AtomicReference<>();

        assertThat(database().roundTripsOf(() -> overview.set(useCases.companies().overview().overview(actor, id))))
                .isEqualTo(3);
        assertThat(database().roundTripsOf(() -> summary.set(useCases.companies().summary().summary(actor, id))))
                .isEqualTo(3);
        return new Views(overview.get(), summary.get());
    }

    /** Members who placed one order each, an hour apart. */
    private void membersPlacingOrders(int count) {
        for (int i = 0; i < count; i++) {
            MemberView buyer = system.testData().member(company, RoleIdentifier.COMPANY_BUYER.value());
            useCases.orders().record().record(system.administrator(), new RecordOrderCommand(company.id(), "SO-" + i,
                    system.clock().instant().toString(), buyer.id().toString(), null, "EUR", "10.00"));
            system.clock().advance(Duration.ofHours(1));
        }
    }

    private void invite(String email) {
        useCases.invitations().invite().invite(system.administrator(), InviteMembersCommand.of(company.id(),
                new Invitee(email, RoleIdentifier.COMPANY_BUYER.value())));
    }

    private Actor signedIn() {
        return signedIn(TestSystem.ADMIN_EMAIL, TestSystem.ADMIN_PASSWORD);
    }

    /**
     * A user resolved from a bearer token, after a first use case has read their roles into memory, as a request is
     * after the others of a running server.
     */
    private Actor signedIn(String email, String password) {
        String token = useCases.users().issueToken().issue(new AuthenticateCommand(email, password)).token();
        Actor actor = useCases.users().resolveToken().resolve(token);
        useCases.companies().get().get(actor, company.id());
        return actor;
    }
}
