package org.b2b.customers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.b2b.customers.testkit.contract.Conflicts.assertConflict;

import java.math.BigDecimal;
import java.util.List;
import org.b2b.customers.application.port.out.CustomerGroups;
import org.b2b.customers.domain.group.CustomerGroup;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.group.PriceRate;
import org.junit.jupiter.api.Test;

/** What every {@link CustomerGroups} store does. */
public abstract class CustomerGroupsContract extends PortContract {

    private CustomerGroups groups() {
        return ports().customerGroups();
    }

    @Test
    public void a_stored_group_reads_back_equal() {
        CustomerGroup group = given().customerGroup();

        assertThat(inTransaction(() -> groups().find(group.id()))).contains(group);
        assertThat(inTransaction(() -> groups().find(new CustomerGroupId(Fixtures.id())))).isEmpty();
    }

    @Test
    public void an_identifier_belongs_to_one_group() {
        CustomerGroup group = given().customerGroup();
        CustomerGroup clash = CustomerGroup.create(new CustomerGroupId(Fixtures.id()), group.identifier(), "Clash",
                new PriceRate(BigDecimal.ONE));

        assertConflict(() -> inTransaction(() -> groups().add(clash)), "customer_group.identifier_taken");
    }

    @Test
    public void a_saved_change_is_stored_at_the_next_version_and_an_unsaved_one_is_not() {
        CustomerGroup group = given().customerGroup();
        inTransaction(() -> groups().find(group.id()).orElseThrow().withName("Unsaved"));

        CustomerGroup updated = inTransaction(() -> groups().update(group.withGlobalPriceRate(new PriceRate(new BigDecimal("12.25")))));

        assertThat(updated.version()).isEqualTo(group.version() + 1);
        assertThat(inTransaction(() -> groups().find(group.id()))).contains(updated);
    }

    @Test
    public void an_update_from_a_stale_version_is_refused() {
        CustomerGroup group = given().customerGroup();
        inTransaction(() -> groups().update(group.withName("First edit")));

        assertConflict(() -> inTransaction(() -> groups().update(group.withName("Second edit"))),
                "customer_group.stale_version");
    }

    @Test
    public void all_groups_are_listed_by_name() {
        String name = "Sorted " + Fixtures.unique();
        CustomerGroup b = inTransaction(() -> groups().add(CustomerGroup.create(new CustomerGroupId(Fixtures.id()),
                "b-" + Fixtures.unique(), name + " B", new PriceRate(BigDecimal.ZERO))));
        CustomerGroup a = inTransaction(() -> groups().add(CustomerGroup.create(new CustomerGroupId(Fixtures.id()),
                "a-" + Fixtures.unique(), name + " A", new PriceRate(BigDecimal.ZERO))));

        List<CustomerGroup> all = inTransaction(() -> groups().all());

        assertThat(all.stream().filter(g -> g.name().startsWith(name))).containsExactly(a, b);
    }
}
