package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.ExpectedVersion;
import org.b2b.customers.application.group.CustomerGroupView;
import org.b2b.customers.application.group.UpdateCustomerGroupCommand;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

class CustomerGroupUseCasesTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Actor admin = system.administrator();

    @Test
    void one_group_is_read_as_the_list_shows_it_with_the_version_an_edit_names() {
        CustomerGroupView group = data.customerGroup();
        CustomerGroupView renamed = useCases.customerGroups().update().update(admin, new UpdateCustomerGroupCommand(
                group.id(), Optional.of("Renamed"), Optional.empty(), ExpectedVersion.of(group.version())));

        CustomerGroupView read = useCases.customerGroups().get().get(admin, group.id());

        assertThat(read).isEqualTo(renamed).isIn(useCases.customerGroups().list().list(admin));
        assertThat(read.version()).isEqualTo(group.version() + 1);
    }

    @Test
    void an_unknown_group_is_not_found() {
        assertThatThrownBy(() -> useCases.customerGroups().get().get(admin, CustomerGroupId.random()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("customer_group.not_found"));
    }

    @Test
    void a_sales_representative_reads_groups_and_a_company_member_does_not() {
        CustomerGroupView group = data.customerGroup();
        var company = data.company("Acme Industrial", data.salesRepresentative());

        assertThat(useCases.customerGroups().get().get(data.actor(data.salesRepresentative()), group.id())).isEqualTo(group);
        assertThatThrownBy(() -> useCases.customerGroups().get().get(data.actor(data.member(company, "company_admin")),
                group.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN));
    }
}
