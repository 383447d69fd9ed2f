package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.address.AddAddressCommand;
import org.b2b.customers.application.address.AddressView;
import org.b2b.customers.application.address.RemoveAddressCommand;
import org.b2b.customers.application.address.UpdateAddressCommand;
import org.b2b.customers.application.company.CompanySummaryView;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.GetCompanySummaryUseCase;
import org.b2b.customers.application.history.CompanyHistoryQuery;
import org.b2b.customers.application.history.HistoryEntryView;
import org.b2b.customers.application.order.OrderTotalView;
import org.b2b.customers.application.order.OrderView;
import org.b2b.customers.application.order.RecordOrderCommand;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

class HistoryAndSummaryTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Memberships memberships = new Memberships(system);
    private final Actor admin = system.administrator();
    private final UserView rep = data.salesRepresentative();
    private final CompanyView company = data.company("Acme Industrial", rep);

    @Test
    void every_change_appears_in_the_history_newest_first_with_who_made_it() {
        Actor repActor = data.actor(rep);
        AddressView dock = later(() -> useCases.addresses().add().add(repActor,
                new AddAddressCommand(company.id(), "SHIPPING", data.shippingAddress("Hamburg"), false)));
        AddressView yard = later(() -> useCases.addresses().add().add(repActor,
                new AddAddressCommand(company.id(), "SHIPPING", data.shippingAddress("Kiel"), false)));
        later(() -> useCases.addresses().update().update(repActor,
                new UpdateAddressCommand(company.id(), dock.id(), data.shippingAddress("Lübeck"), false)));
        later(() -> useCases.addresses().setDefault().setDefault(repActor, company.id(), yard.id()));
        later(() -> {
            useCases.addresses().remove().remove(repActor, RemoveAddressCommand.of(company.id(), yard.id()));
            return null;
        });
        later(() -> data.order(company.id(), "SO-1", "10.00", "EUR"));

        var entries = useCases.history().ofCompany().history(admin, CompanyHistoryQuery.first(company.id())).items();

        assertThat(entries).extracting(HistoryEntryView::action, HistoryEntryView::actorUserId).containsExactly(
                tuple("order.recorded", admin.userId()),
                tuple("address.removed", rep.id()),
                tuple("address.default_changed", rep.id()),
                tuple("address.updated", rep.id()),
                tuple("address.added", rep.id()),
                tuple("address.added", rep.id()),
                tuple("company.created", admin.userId()));
        assertThat(entries).extracting(HistoryEntryView::at).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(entries.get(1).actorName()).contains(rep.firstName() + " " + rep.lastName());
        assertThat(entries.get(1).details()).containsEntry("addressId", yard.id().toString())
                .containsEntry("newDefaultId", dock.id().toString());
        assertThat(entries.get(2).details()).containsEntry("previousDefaultId", dock.id().toString());
        assertThat(entries.get(0).details()).containsEntry("number", "SO-1").containsEntry("total", "10.00 EUR");
    }

    @Test
    void the_history_pages_with_a_cursor() {
        for (int i = 1; i <= 3; i++) {
            String number = "SO-" + i;
            later(() -> data.order(company.id(), number, "1", "EUR"));
        }

        var first = useCases.history().ofCompany().history(admin, new CompanyHistoryQuery(company.id(), PageRequest.first(3)));
        var rest = useCases.history().ofCompany().history(admin,
                new CompanyHistoryQuery(company.id(), PageRequest.first(3).after(first.nextCursor().orElseThrow())));

        assertThat(first.items()).extracting(e -> e.details().get("number")).containsExactly("SO-3", "SO-2", "SO-1");
        assertThat(rest.items()).extracting(HistoryEntryView::action).containsExactly("company.created");
        assertThat(rest.nextCursor()).isEmpty();
    }

    @Test
    void the_history_of_one_kind_of_change_pages_without_the_others_and_an_unknown_kind_is_named() {
        for (int i = 1; i <= 3; i++) {
            String number = "SO-" + i;
            later(() -> data.order(company.id(), number, "1", "EUR"));
        }
        PageRequest two = PageRequest.first(2);

        var first = useCases.history().ofCompany().history(admin,
                new CompanyHistoryQuery(company.id(), Optional.of("order.recorded"), two));
        var rest = useCases.history().ofCompany().history(admin, new CompanyHistoryQuery(company.id(),
                Optional.of("order.recorded"), two.after(first.nextCursor().orElseThrow())));
        var created = useCases.history().ofCompany().history(admin,
                new CompanyHistoryQuery(company.id(), Optional.of("company.created"), two));
        var none = useCases.history().ofCompany().history(admin,
                new CompanyHistoryQuery(company.id(), Optional.of("member.removed"), two));

        assertThat(first.items()).extracting(e -> e.details().get("number")).containsExactly("SO-3", "SO-2");
        assertThat(rest.items()).extracting(e -> e.details().get("number")).containsExactly("SO-1");
        assertThat(rest.nextCursor()).isEmpty();
        assertThat(created.items()).extracting(HistoryEntryView::action).containsExactly("company.created");
        assertThat(none.items()).isEmpty();
        assertThatThrownBy(() -> useCases.history().ofCompany().history(admin,
                new CompanyHistoryQuery(company.id(), Optional.of("user.created"), two)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("kind"));
    }

    @Test
    void the_summary_counts_members_pending_invitations_and_orders() {
        memberships.join(company.id(), RoleIdentifier.COMPANY_ADMIN.value());
        memberships.join(company.id(), RoleIdentifier.COMPANY_BUYER.value());
        memberships.invite(company.id(), "new.buyer@buyer.example");
        data.order(company.id(), "SO-1", "1", "EUR");

        CompanySummaryView summary = useCases.companies().summary().summary(admin, company.id());

        assertThat(summary.company()).isEqualTo(useCases.companies().get().get(admin, company.id()));
        assertThat(summary.memberCount()).isEqualTo(2);
        assertThat(summary.pendingInvitationCount()).isEqualTo(1);
        assertThat(summary.orderCount()).isEqualTo(1);
        system.clock().advance(Duration.ofDays(8));
        assertThat(useCases.companies().summary().summary(admin, company.id()).pendingInvitationCount()).isZero();
    }

    @Test
    void the_summary_totals_orders_per_currency() {
        data.order(company.id(), "SO-1", "100.10", "EUR");
        data.order(company.id(), "SO-2", "0.90", "EUR");
        data.order(company.id(), "SO-3", "250", "USD");
        data.order(company.id(), "SO-4", "1000", "JPY");

        CompanySummaryView summary = useCases.companies().summary().summary(admin, company.id());

        assertThat(summary.totals()).containsExactlyInAnyOrder(
                new OrderTotalView("EUR", new BigDecimal("101.00")),
                new OrderTotalView("USD", new BigDecimal("250.00")),
                new OrderTotalView("JPY", new BigDecimal("1000")));
    }

    @Test
    void the_summary_shows_the_latest_orders_newest_first() {
        Instant now = system.clock().instant();
        for (int day = 1; day <= GetCompanySummaryUseCase.LATEST_ORDERS + 2; day++) {
            useCases.orders().record().record(admin, new RecordOrderCommand(company.id(), "SO-" + day,
                    now.minus(Duration.ofDays(30 - day)).toString(), null, null, "EUR", "1"));
        }

        CompanySummaryView summary = useCases.companies().summary().summary(admin, company.id());

        assertThat(summary.orderCount()).isEqualTo(7);
        assertThat(summary.latestOrders()).extracting(OrderView::number)
                .containsExactly("SO-7", "SO-6", "SO-5", "SO-4", "SO-3");
    }

    @Test
    void a_member_whose_role_may_not_see_orders_gets_a_summary_without_orders_or_amounts() {
        String viewer = memberships.companyRole("company_viewer", Permission.COMPANY_VIEW);
        Member member = memberships.join(company.id(), viewer);
        data.order(company.id(), "SO-1", "99.00", "EUR");

        CompanySummaryView summary = useCases.companies().summary().summary(Memberships.actor(member), company.id());

        assertThat(summary.company().id()).isEqualTo(company.id());
        assertThat(summary.latestOrders()).isEmpty();
        assertThat(summary.totals()).isEmpty();
        assertThat(useCases.companies().summary().summary(admin, company.id()).latestOrders()).hasSize(1);
    }

    @Test
    void a_company_buyer_sees_the_summary_but_not_the_history() {
        Member buyer = memberships.join(company.id(), RoleIdentifier.COMPANY_BUYER.value());
        Actor actor = Memberships.actor(buyer);
        data.order(company.id(), "SO-1", "99.00", "EUR");

        assertThat(useCases.companies().summary().summary(actor, company.id()).latestOrders()).hasSize(1);
        assertThatThrownBy(() -> useCases.history().ofCompany().history(actor, CompanyHistoryQuery.first(company.id())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN));
    }

    @Test
    void a_sales_representative_of_another_company_gets_not_found_on_history_and_summary() {
        Actor stranger = data.actor(data.salesRepresentative());

        assertThatThrownBy(() -> useCases.history().ofCompany().history(stranger, CompanyHistoryQuery.first(company.id())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
        assertThatThrownBy(() -> useCases.companies().summary().summary(stranger, company.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
        assertThat(useCases.companies().summary().summary(data.actor(rep), company.id()).company().id()).isEqualTo(company.id());
    }

    /** Runs a change a minute after the previous one, so that history entries have distinct times. */
    private <T> T later(Supplier<T> change) {
        system.clock().advance(Duration.ofMinutes(1));
        return change.get();
    }
}
