package org.b2b.customers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.b2b.customers.testkit.contract.Conflicts.assertConflict;
import static org.b2b.customers.testkit.contract.Conflicts.assertRefused;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.port.out.Orders;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.order.Money;
import org.b2b.customers.domain.order.Order;
import org.b2b.customers.domain.order.OrderId;
import org.b2b.customers.domain.order.OrderStatus;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.user.User;
import org.junit.jupiter.api.Test;

/** What every {@link Orders} store does. */
public abstract class OrdersContract extends PortContract {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    private Orders orders() {
        return ports().orders();
    }

    private Order stored(Company company, String number, Instant placedAt, Optional<Member> by, Money total) {
        Order order = Order.record(new OrderId(Fixtures.id()), company, number, placedAt, by, OrderStatus.PLACED, total);
        return inTransaction(() -> orders().add(order));
    }

    private static Money eur(String amount) {
        return new Money(new BigDecimal(amount), EUR);
    }

    @Test
    public void orders_read_back_equal_newest_first_across_pages() {
        Company company = given().company();
        Member buyer = given().member(company);
        List<Order> stored = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            stored.add(stored(company, "SO-" + i, Fixtures.T0.plusSeconds(i / 2), Optional.of(buyer), eur("10.5" + i)));
        }
        stored(given().company(), "SO-0", Fixtures.T0, Optional.empty(), eur("1"));
        List<Order> newestFirst = stored.stream()
                .sorted(Comparator.comparing(Order::placedAt).thenComparing(o -> o.id().toString()).reversed()).toList();

        List<Order> paged = new ArrayList<>();
        Optional<Orders.Key> after = Optional.empty();
        Slice<Order> page;
        do {
            Optional<Orders.Key> key = after;
            page = inTransaction(() -> orders().listByCompany(company.id(), key, 2));
            paged.addAll(page.items());
            after = Optional.of(new Orders.Key(page.last().placedAt(), page.last().id()));
        } while (page.hasMore());

        assertThat(paged).containsExactlyElementsOf(newestFirst);
    }

    @Test
    public void an_order_number_is_unique_within_its_company() {
        Company company = given().company();
        stored(company, "SO-1", Fixtures.T0, Optional.empty(), eur("5"));

        assertConflict(() -> stored(company, "SO-1", Fixtures.T0, Optional.empty(), eur("6")), "order.number_taken");
        assertThat(inTransaction(() -> orders().listByCompany(company.id(), Optional.empty(), 10).items())).hasSize(1);
    }

    @Test
    public void the_shop_s_own_status_is_stored_as_sent_up_to_40_characters() {
        Company company = given().company();
        OrderStatus own = new OrderStatus("Awaiting-Payment_by_bank_transfer_012345");
        Order order = Order.record(new OrderId(Fixtures.id()), company, "SO-1", Fixtures.T0, Optional.empty(), own,
                eur("5"));

        inTransaction(() -> orders().add(order));

        assertThat(own.code()).hasSize(OrderStatus.MAX_LENGTH);
        assertThat(inTransaction(() -> orders().find(order.id()))).contains(order);
        assertThat(order.version()).isEqualTo(1);
    }

    @Test
    public void a_page_of_orders_names_who_placed_each_in_the_order_of_the_orders_alone() {
        Company company = given().company();
        User zoe = given().customer("Zoë", "Ångström");
        Member first = given().member(company, zoe, Fixtures.T0);
        Member second = given().member(company);
        User secondUser = inTransaction(() -> ports().users().find(second.userId())).orElseThrow();
        stored(company, "SO-1", Fixtures.T0, Optional.of(first), eur("1"));
        stored(company, "SO-2", Fixtures.T0.plusSeconds(1), Optional.empty(), eur("2"));
        stored(company, "SO-3", Fixtures.T0.plusSeconds(2), Optional.of(second), eur("3"));
        Slice<Order> orders = inTransaction(() -> orders().listByCompany(company.id(), Optional.empty(), 2));

        Slice<Orders.WithPlacer> page = inTransaction(() -> orders().listWithPlacers(company.id(), Optional.empty(), 2));
        Slice<Orders.WithPlacer> rest = inTransaction(() -> orders().listWithPlacers(company.id(),
                Optional.of(new Orders.Key(page.last().order().placedAt(), page.last().order().id())), 2));

        assertThat(page.items()).extracting(Orders.WithPlacer::order).containsExactlyElementsOf(orders.items());
        assertThat(page.items()).extracting(Orders.WithPlacer::placedBy)
                .containsExactly(Optional.of(secondUser.name()), Optional.empty());
        assertThat(page.hasMore()).isTrue();
        assertThat(rest.items()).extracting(Orders.WithPlacer::placedBy).containsExactly(Optional.of(zoe.name()));
        assertThat(rest.hasMore()).isFalse();
    }

    @Test
    public void a_status_change_is_stored_and_answered_at_the_next_version() {
        Company company = given().company();
        Order order = stored(company, "SO-1", Fixtures.T0, Optional.empty(), eur("5"));

        Order paid = inTransaction(() -> orders().update(order.withStatus(new OrderStatus("PAID"))));

        assertThat(paid.version()).isEqualTo(order.version() + 1);
        assertThat(paid.status()).isEqualTo(new OrderStatus("PAID"));
        assertThat(inTransaction(() -> orders().find(order.id()))).contains(paid);
        assertThat(inTransaction(() -> orders().listByCompany(company.id(), Optional.empty(), 10)).items())
                .containsExactly(paid);
    }

    @Test
    public void a_status_change_from_a_stale_version_is_refused_and_changes_nothing() {
        Company company = given().company();
        Order order = stored(company, "SO-1", Fixtures.T0, Optional.empty(), eur("5"));
        Order paid = inTransaction(() -> orders().update(order.withStatus(new OrderStatus("PAID"))));

        assertConflict(() -> inTransaction(() -> orders().update(order.withStatus(new OrderStatus("CANCELLED")))),
                "order.stale_version");
        assertThat(inTransaction(() -> orders().find(order.id()))).contains(paid);
    }

    @Test
    public void a_status_change_not_committed_is_not_visible() {
        Company company = given().company();
        Order order = stored(company, "SO-1", Fixtures.T0, Optional.empty(), eur("5"));

        assertThatThrownBy(() -> inTransaction(() -> {
            orders().update(order.withStatus(new OrderStatus("SHIPPED")));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(inTransaction(() -> orders().find(order.id()))).contains(order);
    }

    @Test
    public void updating_an_order_that_does_not_exist_is_not_found() {
        Order never = Order.record(new OrderId(Fixtures.id()), given().company(), "SO-1", Fixtures.T0,
                Optional.empty(), OrderStatus.PLACED, eur("5"));

        assertRefused(() -> inTransaction(() -> orders().update(never)), ErrorKind.NOT_FOUND, "order.not_found");
        assertThat(inTransaction(() -> orders().find(never.id()))).isEmpty();
    }

    @Test
    public void totals_are_summed_per_currency_in_currency_order() {
        Company company = given().company();
        stored(company, "A", Fixtures.T0, Optional.empty(), eur("10.25"));
        stored(company, "B", Fixtures.T0, Optional.empty(), new Money(new BigDecimal("1500"), JPY));
        stored(company, "C", Fixtures.T0, Optional.empty(), eur("0.75"));

        assertThat(inTransaction(() -> orders().totalsByCompany(company.id())))
                .containsExactly(eur("11.00"), new Money(new BigDecimal("1500"), JPY));
        assertThat(inTransaction(() -> orders().totalsByCompany(given().company().id()))).isEmpty();
    }

    @Test
    public void orders_come_newest_first_with_the_names_of_who_placed_them_while_still_members() {
        Company company = given().company();
        User bea = given().customer("Bea", "Buyer");
        Member buyer = given().member(company, bea, Fixtures.T0);
        Member leaving = given().member(company);
        stored(company, "SO-1", Fixtures.T0, Optional.of(buyer), eur("1"));
        Order byNoOne = stored(company, "SO-2", Fixtures.T0.plusSeconds(1), Optional.empty(), eur("2"));
        Order byLeaver = stored(company, "SO-3", Fixtures.T0.plusSeconds(2), Optional.of(leaving), eur("3"));
        Order newest = stored(company, "SO-4", Fixtures.T0.plusSeconds(3), Optional.of(buyer), eur("4"));
        inTransaction(() -> ports().members().remove(leaving.id()));
        stored(given().company(), "SO-5", Fixtures.T0.plusSeconds(9), Optional.empty(), eur("5"));

        List<Orders.WithPlacer> latest = inTransaction(() -> orders().listWithPlacers(company.id(), Optional.empty(), 3))
                .items();

        assertThat(latest).extracting(placed -> placed.order().id())
                .containsExactly(newest.id(), byLeaver.id(), byNoOne.id());
        assertThat(latest.get(0).order()).isEqualTo(newest);
        assertThat(latest).extracting(Orders.WithPlacer::placedBy)
                .containsExactly(Optional.of(bea.name()), Optional.empty(), Optional.empty());
        assertThat(inTransaction(() -> orders().listWithPlacers(given().company().id(), Optional.empty(), 3).items()))
                .isEmpty();
    }
}
