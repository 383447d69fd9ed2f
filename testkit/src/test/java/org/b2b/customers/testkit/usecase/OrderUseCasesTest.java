package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.ExpectedVersion;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.UpdateCompanyCommand;
import org.b2b.customers.application.history.CompanyHistoryQuery;
import org.b2b.customers.application.history.HistoryEntryView;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.order.ListOrdersQuery;
import org.b2b.customers.application.order.OrderRow;
import org.b2b.customers.application.order.OrderView;
import org.b2b.customers.application.order.RecordOrderCommand;
import org.b2b.customers.application.order.UpdateOrderStatusCommand;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.order.OrderId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

class OrderUseCasesTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Memberships memberships = new Memberships(system);
    private final Actor admin = system.administrator();
    private final CompanyView company = data.company("Acme Industrial", data.salesRepresentative());

    @Test
    void an_order_is_recorded_as_placed_now_unless_told_otherwise() {
        OrderView order = data.order(company.id(), "SO-1001", "199.9", "EUR");

        assertThat(order.placedAt()).isEqualTo(system.clock().instant());
        assertThat(order.status()).isEqualTo("PLACED");
        assertThat(order.version()).isEqualTo(1);
        assertThat(order.placedByMemberId()).isEmpty();
        assertThat(order.total()).isEqualTo(new BigDecimal("199.90"));
        assertThat(useCases.orders().list().list(admin, ListOrdersQuery.first(company.id())).items()).containsExactly(order);
    }

    @Test
    void the_shop_records_an_order_with_its_own_workflow_status_kept_as_sent() {
        OrderView paid = record(new RecordOrderCommand(company.id(), "SO-1", null, null, "PAID", "EUR", "10"));
        OrderView awaiting = record(new RecordOrderCommand(company.id(), "SO-2", null, null, " Awaiting-Payment_2 ",
                "EUR", "10"));

        assertThat(paid.status()).isEqualTo("PAID");
        assertThat(awaiting.status()).isEqualTo("Awaiting-Payment_2");
        assertThat(history()).filteredOn(e -> "SO-2".equals(e.details().get("number"))).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("status", "Awaiting-Payment_2"));
    }

    @Test
    void a_status_that_is_no_code_of_1_to_40_letters_digits_underscores_or_dashes_is_named() {
        String tooLong = "A".repeat(41);

        for (String status : List.of("PAID NOW", "BEZAHLT✓", tooLong)) {
            assertThatThrownBy(() -> record(new RecordOrderCommand(company.id(), "SO-1", null, null, status, "EUR", "1")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field, FieldError::code)
                            .containsExactly(tuple("status", "invalid_status")));
        }
        assertThat(record(new RecordOrderCommand(company.id(), "SO-1", null, null, "A".repeat(40), "EUR", "1"))
                .status()).hasSize(40);
    }

    @Test
    void the_shop_updates_the_status_later_which_moves_the_version_on_and_is_kept_in_history() {
        OrderView order = record(new RecordOrderCommand(company.id(), "SO-1", null, null, "PAID", "EUR", "10"));
        system.clock().advance(Duration.ofMinutes(1));

        OrderView shipped = useCases.orders().updateStatus().updateStatus(admin,
                UpdateOrderStatusCommand.of(company.id(), order.id(), "SHIPPED").ifVersion(order.version()));

        assertThat(shipped.status()).isEqualTo("SHIPPED");
        assertThat(shipped.version()).isEqualTo(order.version() + 1);
        assertThat(shipped).usingRecursiveComparison().ignoringFields("status", "version").isEqualTo(order);
        assertThat(useCases.orders().list().list(admin, ListOrdersQuery.first(company.id())).items()).containsExactly(shipped);
        HistoryEntryView entry = history().get(0);
        assertThat(entry.action()).isEqualTo("order.status_changed");
        assertThat(entry.actorUserId()).isEqualTo(admin.userId());
        assertThat(entry.details()).containsExactly(entry("orderId", order.id().toString()), entry("number", "SO-1"),
                entry("status", "PAID → SHIPPED"));
    }

    @Test
    void a_status_update_from_a_stale_version_is_refused_and_changes_nothing() {
        OrderView order = record(new RecordOrderCommand(company.id(), "SO-1", null, null, "PAID", "EUR", "10"));
        useCases.orders().updateStatus().updateStatus(admin, UpdateOrderStatusCommand.of(company.id(), order.id(), "PACKED"));

        assertThatThrownBy(() -> useCases.orders().updateStatus().updateStatus(admin,
                UpdateOrderStatusCommand.of(company.id(), order.id(), "CANCELLED").ifVersion(order.version())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.code()).isEqualTo("order.stale_version");
                });
        assertThat(useCases.orders().list().list(admin, ListOrdersQuery.first(company.id())).items())
                .extracting(OrderView::status).containsExactly("PACKED");
    }

    @Test
    void a_status_update_applies_when_any_expected_version_is_current() {
        OrderView order = record(new RecordOrderCommand(company.id(), "SO-1", null, null, "PAID", "EUR", "10"));

        OrderView shipped = useCases.orders().updateStatus().updateStatus(admin, new UpdateOrderStatusCommand(company.id(),
                order.id(), "SHIPPED", ExpectedVersion.oneOf(List.of(7L, order.version()))));

        assertThat(shipped.status()).isEqualTo("SHIPPED");
    }

    @Test
    void reporting_the_status_an_order_has_already_changes_nothing() {
        OrderView order = record(new RecordOrderCommand(company.id(), "SO-1", null, null, "PAID", "EUR", "10"));
        int entries = history().size();

        OrderView same = useCases.orders().updateStatus().updateStatus(admin,
                UpdateOrderStatusCommand.of(company.id(), order.id(), "PAID"));

        assertThat(same).isEqualTo(order);
        assertThat(history()).hasSize(entries);
    }

    @Test
    void a_status_update_needs_a_valid_status() {
        OrderView order = data.order(company.id(), "SO-1", "10", "EUR");

        for (String status : Arrays.asList(null, " ", "PAID NOW")) {
            assertThatThrownBy(() -> useCases.orders().updateStatus().updateStatus(admin,
                    UpdateOrderStatusCommand.of(company.id(), order.id(), status)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("status"));
        }
    }

    @Test
    void an_order_of_another_company_is_not_found_through_this_one() {
        CompanyView other = data.company("Other Corp", data.salesRepresentative());
        OrderView foreign = data.order(other.id(), "SO-1", "10", "EUR");

        for (OrderId id : List.of(foreign.id(), OrderId.random())) {
            assertThatThrownBy(() -> useCases.orders().updateStatus().updateStatus(admin,
                    UpdateOrderStatusCommand.of(company.id(), id, "SHIPPED")))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("order.not_found"));
        }
        assertThat(useCases.orders().list().list(admin, ListOrdersQuery.first(other.id())).items())
                .extracting(OrderView::status).containsExactly("PLACED");
    }

    @Test
    void whoever_records_a_company_s_orders_updates_them_and_a_representative_only_looks() {
        Member buyer = memberships.join(company.id(), RoleIdentifier.COMPANY_BUYER.value());
        OrderView order = data.order(company.id(), "SO-1", "10", "EUR");
        Actor representative = Actor.of(company.salesRepresentativeId());

        OrderView cancelled = useCases.orders().updateStatus().updateStatus(Memberships.actor(buyer),
                UpdateOrderStatusCommand.of(company.id(), order.id(), "CANCELLED"));

        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThatThrownBy(() -> useCases.orders().updateStatus().updateStatus(representative,
                UpdateOrderStatusCommand.of(company.id(), order.id(), "SHIPPED")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN));
    }

    @Test
    void the_orders_of_a_deactivated_company_can_still_be_updated() {
        OrderView order = data.order(company.id(), "SO-1", "10", "EUR");
        useCases.companies().update().update(admin, UpdateCompanyCommand.of(company.id()).withStatus("DEACTIVATED"));

        OrderView shipped = useCases.orders().updateStatus().updateStatus(admin,
                UpdateOrderStatusCommand.of(company.id(), order.id(), "SHIPPED"));

        assertThat(shipped.status()).isEqualTo("SHIPPED");
    }

    @Test
    void an_order_number_is_unique_per_company() {
        data.order(company.id(), "SO-1001", "10.00", "EUR");
        CompanyView other = data.company("Other Corp", data.salesRepresentative());

        assertThatThrownBy(() -> data.order(company.id(), "SO-1001", "20.00", "EUR"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.code()).isEqualTo("order.number_taken");
                });
        assertThat(data.order(other.id(), "SO-1001", "20.00", "EUR").number()).isEqualTo("SO-1001");
    }

    @Test
    void orders_page_newest_first_with_a_cursor() {
        Instant start = system.clock().instant();
        for (int day = 1; day <= 5; day++) {
            record(new RecordOrderCommand(company.id(), "SO-" + day, start.minus(Duration.ofDays(10 - day)).toString(),
                    null, null, "EUR", "1"));
        }

        var first = useCases.orders().list().list(admin, new ListOrdersQuery(company.id(), PageRequest.first(2)));
        var second = useCases.orders().list().list(admin,
                new ListOrdersQuery(company.id(), PageRequest.first(2).after(first.nextCursor().orElseThrow())));
        var last = useCases.orders().list().list(admin,
                new ListOrdersQuery(company.id(), PageRequest.first(2).after(second.nextCursor().orElseThrow())));

        assertThat(first.items()).extracting(OrderView::number).containsExactly("SO-5", "SO-4");
        assertThat(second.items()).extracting(OrderView::number).containsExactly("SO-3", "SO-2");
        assertThat(last.items()).extracting(OrderView::number).containsExactly("SO-1");
        assertThat(last.nextCursor()).isEmpty();
    }

    @Test
    void a_page_of_orders_names_who_placed_each_and_pages_like_the_plain_list() {
        MemberView buyer = data.member(company, RoleIdentifier.COMPANY_BUYER.value());
        Instant start = system.clock().instant();
        for (int day = 1; day <= 3; day++) {
            record(new RecordOrderCommand(company.id(), "SO-" + day, start.minus(Duration.ofDays(10 - day)).toString(),
                    day == 2 ? null : buyer.id().toString(), null, "EUR", "1"));
        }
        String buyerName = buyer.firstName() + " " + buyer.lastName();

        var first = useCases.orders().list().listWithNames(admin,
                new ListOrdersQuery(company.id(), PageRequest.first(2)));
        var rest = useCases.orders().list().listWithNames(admin,
                new ListOrdersQuery(company.id(), PageRequest.first(2).after(first.nextCursor().orElseThrow())));

        assertThat(first.items()).extracting(r -> r.order().number(), OrderRow::placedByName).containsExactly(
                tuple("SO-3", Optional.of(buyerName)), tuple("SO-2", Optional.empty()));
        assertThat(first.nextCursor()).isEqualTo(useCases.orders().list()
                .list(admin, new ListOrdersQuery(company.id(), PageRequest.first(2))).nextCursor());
        assertThat(rest.items()).extracting(r -> r.order().number(), OrderRow::placedByName).containsExactly(
                tuple("SO-1", Optional.of(buyerName)));
        assertThat(rest.nextCursor()).isEmpty();
        assertThatThrownBy(() -> useCases.orders().list().listWithNames(data.actor(data.salesRepresentative()),
                ListOrdersQuery.first(company.id()))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    void the_member_who_placed_an_order_must_be_a_member_of_that_company() {
        CompanyView other = data.company("Other Corp", data.salesRepresentative());
        Member outsider = memberships.join(other.id(), RoleIdentifier.COMPANY_BUYER.value());
        Member insider = memberships.join(company.id(), RoleIdentifier.COMPANY_BUYER.value());

        assertThatThrownBy(() -> record(placedBy("SO-1", outsider.id().toString())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
                    assertThat(e.code()).isEqualTo("order.placed_by_not_a_member");
                });
        assertThatThrownBy(() -> record(placedBy("SO-2", "6b0c5b1e-3b8f-4f7c-9d0a-1c2b3a4d5e6f")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("order.placed_by_not_a_member"));
        assertThat(record(placedBy("SO-3", insider.id().toString())).placedByMemberId()).contains(insider.id());
        assertThat(useCases.orders().list().list(admin, ListOrdersQuery.first(company.id())).items())
                .extracting(OrderView::number).containsExactly("SO-3");
    }

    @Test
    void a_deactivated_company_takes_no_new_orders() {
        useCases.companies().update().update(admin, UpdateCompanyCommand.of(company.id()).withStatus("DEACTIVATED"));

        assertThatThrownBy(() -> data.order(company.id(), "SO-1", "10.00", "EUR"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
                    assertThat(e.code()).isEqualTo("company.deactivated");
                });
        assertThat(useCases.orders().list().list(admin, ListOrdersQuery.first(company.id())).items()).isEmpty();
    }

    @Test
    void every_invalid_order_field_is_named_at_once() {
        var command = new RecordOrderCommand(company.id(), " ", "yesterday", "member-7", "LOST IT", "EURO", "12,50");

        assertThatThrownBy(() -> record(command))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("number", "placedAt", "placedByMemberId", "status", "currency", "total"));
    }

    @Test
    void an_order_cannot_be_placed_in_the_future_nor_total_a_negative_amount() {
        String tomorrow = system.clock().instant().plus(Duration.ofDays(1)).toString();

        assertThatThrownBy(() -> record(new RecordOrderCommand(company.id(), "SO-1", tomorrow, null, null, "EUR", "-1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactlyInAnyOrder(
                                tuple("placedAt", "in_future"),
                                tuple("total", "negative")));
    }

    @Test
    void a_company_buyer_records_and_views_orders_of_their_own_company_only() {
        Member buyer = memberships.join(company.id(), RoleIdentifier.COMPANY_BUYER.value());
        CompanyView other = data.company("Other Corp", data.salesRepresentative());
        Actor actor = Memberships.actor(buyer);

        OrderView order = useCases.orders().record().record(actor, placedBy("SO-1", buyer.id().toString()));

        assertThat(useCases.orders().list().list(actor, ListOrdersQuery.first(company.id())).items()).containsExactly(order);
        assertThatThrownBy(() -> useCases.orders().list().list(actor, ListOrdersQuery.first(other.id())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    void a_sales_representative_of_another_company_gets_not_found_on_every_order_use_case() {
        Actor stranger = data.actor(data.salesRepresentative());

        assertThatThrownBy(() -> useCases.orders().record().record(stranger,
                new RecordOrderCommand(company.id(), "SO-1", null, null, null, "EUR", "1")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
        assertThatThrownBy(() -> useCases.orders().list().list(stranger, ListOrdersQuery.first(company.id())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
        assertThat(useCases.orders().list().list(admin, ListOrdersQuery.first(company.id())).items()).isEmpty();
    }

    private RecordOrderCommand placedBy(String number, String memberId) {
        return new RecordOrderCommand(company.id(), number, null, memberId, "PROCESSING", "EUR", "10.00");
    }

    private OrderView record(RecordOrderCommand command) {
        return useCases.orders().record().record(admin, command);
    }

    private List<HistoryEntryView> history() {
        return useCases.history().ofCompany().history(admin, CompanyHistoryQuery.first(company.id())).items();
    }
}
