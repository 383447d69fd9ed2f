package org.b2b.customers.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.domain.access.BuiltInRoles;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyDetails;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.company.TaxId;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.PasswordHash;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void an_order_placed_by_a_member_of_the_company_is_recorded() {
        Company company = company();
        Member buyer = memberOf(company);

        Order order = Order.record(OrderId.random(), company, " SO-10042 ", NOW, Optional.of(buyer), OrderStatus.PLACED,
                eur("199.90"));

        assertThat(order.companyId()).isEqualTo(company.id());
        assertThat(order.placedBy()).contains(buyer.id());
        assertThat(order.number()).isEqualTo("SO-10042");
    }

    @Test
    void an_order_may_come_without_a_known_member() {
        assertThat(Order.record(OrderId.random(), company(), "SO-1", NOW, Optional.empty(), new OrderStatus("COMPLETED"),
                eur("0")).placedBy()).isEmpty();
    }

    @Test
    void a_recorded_order_starts_at_version_1_and_changes_only_its_status() {
        Order order = Order.record(OrderId.random(), company(), "SO-1", NOW, Optional.empty(), new OrderStatus("PAID"),
                eur("10"));

        Order shipped = order.withStatus(new OrderStatus("SHIPPED"));

        assertThat(order.version()).isEqualTo(1);
        assertThat(shipped.status()).isEqualTo(new OrderStatus("SHIPPED"));
        assertThat(shipped).usingRecursiveComparison().ignoringFields("status").isEqualTo(order);
    }

    @Test
    void an_order_cannot_be_placed_by_a_member_of_another_company() {
        Member stranger = memberOf(company());

        assertThatThrownBy(() -> Order.record(OrderId.random(), company(), "SO-1", NOW, Optional.of(stranger),
                OrderStatus.PLACED, eur("10")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
                    assertThat(e.code()).isEqualTo("order.placed_by_not_a_member");
                });
    }

    @Test
    void a_negative_total_is_refused() {
        assertThatThrownBy(() -> Order.record(OrderId.random(), company(), "SO-1", NOW, Optional.empty(),
                OrderStatus.PLACED, eur("-0.01")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("total");
                    assertThat(e.errors().get(0).code()).isEqualTo("negative");
                });
    }

    @Test
    void an_order_needs_a_number() {
        assertThatThrownBy(() -> Order.record(OrderId.random(), company(), " ", NOW, Optional.empty(),
                OrderStatus.PLACED, eur("1")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("number"));
    }

    private static Money eur(String amount) {
        return Money.parse("total", amount, "currency", "EUR");
    }

    private static Company company() {
        return Company.create(CompanyId.random(), new CompanyDetails("Acme GmbH", new TaxId("DE136695976"),
                CustomerGroupId.random(), UserId.random(), Optional.empty()), NOW);
    }

    private static Member memberOf(Company company) {
        User user = User.customer(UserId.random(), EmailAddress.of("buyer@acme.example"), new PersonName("Ada", "Lovelace"),
                Optional.empty(), new PasswordHash("$pbkdf2$test"), NOW);
        return Member.join(MemberId.random(), company, user, BuiltInRoles.companyBuyer(), NOW);
    }
}
