package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyOverview;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.ContactPersonView;
import org.b2b.customers.application.company.GetCompanyOverviewUseCase;
import org.b2b.customers.application.company.OverviewOrder;
import org.b2b.customers.application.member.AssignContactPersonCommand;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.member.UpdateMemberCommand;
import org.b2b.customers.application.order.OrderTotalView;
import org.b2b.customers.application.order.RecordOrderCommand;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

class CompanyOverviewTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Memberships memberships = new Memberships(system);
    private final Actor admin = system.administrator();
    private final UserView rep = data.salesRepresentative();
    private final CompanyView company = data.company("Acme Industrial", rep);

    @Test
    void the_overview_counts_active_and_disabled_members_pending_and_expired_invitations_and_orders() {
        data.member(company, RoleIdentifier.COMPANY_ADMIN.value());
        data.member(company, RoleIdentifier.COMPANY_BUYER.value());
        MemberView leaver = data.member(company, RoleIdentifier.COMPANY_BUYER.value());
        useCases.members().update().update(admin, UpdateMemberCommand.of(company.id(), leaver.id()).withStatus("DISABLED"));
        memberships.invite(company.id(), "late.buyer@buyer.example");
        system.clock().advance(Duration.ofDays(8));
        memberships.invite(company.id(), "new.buyer@buyer.example");
        memberships.invite(company.id(), "other.buyer@buyer.example");
        data.order(company.id(), "SO-1", "1", "EUR");

        CompanyOverview overview = overview(admin);

        assertThat(overview.company()).isEqualTo(useCases.companies().get().get(admin, company.id()));
        assertThat(overview.activeMembers()).isEqualTo(2);
        assertThat(overview.disabledMembers()).isEqualTo(1);
        assertThat(overview.pendingInvitations()).isEqualTo(2);
        assertThat(overview.expiredInvitations()).isEqualTo(1);
        assertThat(overview.orders()).isEqualTo(1);
        assertThat(overview.pendingInvitations())
                .isEqualTo(useCases.companies().summary().summary(admin, company.id()).pendingInvitationCount());
    }

    @Test
    void the_overview_names_the_customer_group_the_sales_representative_and_the_contact_person() {
        String groupName = useCases.customerGroups().get().get(admin, company.customerGroupId()).name();
        assertThat(overview(admin).contactPerson()).isEmpty();
        MemberView contact = data.member(company, RoleIdentifier.COMPANY_ADMIN.value());
        useCases.members().assignContactPerson().assign(admin,
                AssignContactPersonCommand.of(company.id(), contact.id().toString()));

        CompanyOverview overview = overview(admin);

        assertThat(overview.customerGroupName()).isEqualTo(groupName);
        assertThat(overview.salesRepresentativeName()).isEqualTo(rep.firstName() + " " + rep.lastName());
        assertThat(overview.contactPerson()).contains(new ContactPersonView(contact.id(),
                contact.firstName() + " " + contact.lastName(), Optional.of(contact.email()), contact.phone()));
        assertThat(contact.phone()).isPresent();
        assertThat(overview.editable()).isTrue();
    }

    @Test
    void a_reader_who_may_not_see_members_nor_edit_gets_the_contact_person_by_name_only_and_no_edit() {
        MemberView contact = data.member(company, RoleIdentifier.COMPANY_ADMIN.value());
        useCases.members().assignContactPerson().assign(admin,
                AssignContactPersonCommand.of(company.id(), contact.id().toString()));
        MemberView buyer = data.member(company, RoleIdentifier.COMPANY_BUYER.value());

        CompanyOverview overview = overview(data.actor(buyer));

        assertThat(overview.contactPerson()).hasValueSatisfying(person -> {
            assertThat(person.name()).isEqualTo(contact.firstName() + " " + contact.lastName());
            assertThat(person.email()).isEmpty();
            assertThat(person.phone()).isEmpty();
        });
        assertThat(overview.editable()).isFalse();
        assertThat(overview(data.actor(rep)).editable()).as("the representative may edit").isTrue();
    }

    @Test
    void the_latest_orders_come_newest_first_with_the_name_of_who_placed_each_and_totals_per_currency() {
        MemberView buyer = data.member(company, RoleIdentifier.COMPANY_BUYER.value());
        Instant now = system.clock().instant();
        for (int day = 1; day <= GetCompanyOverviewUseCase.LATEST_ORDERS + 1; day++) {
            String placedBy = day % 2 == 0 ? buyer.id().toString() : null;
            useCases.orders().record().record(admin, new RecordOrderCommand(company.id(), "SO-" + day,
                    now.minus(Duration.ofDays(30 - day)).toString(), placedBy, null, day == 1 ? "USD" : "EUR", "10"));
        }
        String buyerName = buyer.firstName() + " " + buyer.lastName();

        CompanyOverview overview = overview(admin);

        assertThat(overview.orders()).isEqualTo(6);
        assertThat(overview.latestOrders()).extracting(o -> o.order().number(), OverviewOrder::placedByName)
                .containsExactly(
                        tuple("SO-6", Optional.of(buyerName)),
                        tuple("SO-5", Optional.empty()),
                        tuple("SO-4", Optional.of(buyerName)),
                        tuple("SO-3", Optional.empty()),
                        tuple("SO-2", Optional.of(buyerName)));
        assertThat(overview.latestOrders().get(0).order().placedByMemberId()).contains(buyer.id());
        assertThat(overview.totals()).containsExactlyInAnyOrder(
                new OrderTotalView("EUR", new BigDecimal("50.00")), new OrderTotalView("USD", new BigDecimal("10.00")));
    }

    @Test
    void a_member_whose_role_may_not_see_orders_gets_an_overview_without_orders_or_amounts() {
        Member viewer = memberships.join(company.id(), memberships.companyRole("company_viewer", Permission.COMPANY_VIEW));
        data.order(company.id(), "SO-1", "99.00", "EUR");

        CompanyOverview overview = overview(Memberships.actor(viewer));

        assertThat(overview.orders()).isEqualTo(1);
        assertThat(overview.latestOrders()).isEmpty();
        assertThat(overview.totals()).isEmpty();
        assertThat(overview(admin).latestOrders()).hasSize(1);
    }

    @Test
    void a_company_buyer_reads_their_own_companys_overview() {
        Member buyer = memberships.join(company.id(), RoleIdentifier.COMPANY_BUYER.value());
        data.order(company.id(), "SO-1", "99.00", "EUR");

        CompanyOverview overview = overview(Memberships.actor(buyer));

        assertThat(overview.company().id()).isEqualTo(company.id());
        assertThat(overview.latestOrders()).hasSize(1);
    }

    @Test
    void a_sales_representative_of_another_company_gets_not_found() {
        Actor stranger = data.actor(data.salesRepresentative());

        assertThatThrownBy(() -> overview(stranger))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
        assertThat(overview(data.actor(rep)).company().id()).isEqualTo(company.id());
    }

    private CompanyOverview overview(Actor actor) {
        return useCases.companies().overview().overview(actor, company.id());
    }
}
