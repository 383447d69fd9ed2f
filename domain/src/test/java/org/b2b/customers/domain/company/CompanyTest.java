package org.b2b.customers.domain.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.UserId;
import org.junit.jupiter.api.Test;

class CompanyTest {

    private static final Instant CREATED = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant LATER = CREATED.plusSeconds(3600);

    @Test
    void a_new_company_is_active_at_version_one_without_contact_person() {
        Company company = company();

        assertThat(company.isActive()).isTrue();
        assertThat(company.status()).isEqualTo(CompanyStatus.ACTIVE);
        assertThat(company.version()).isEqualTo(1);
        assertThat(company.contactPerson()).isEmpty();
        assertThat(company.createdAt()).isEqualTo(CREATED);
        assertThat(company.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void a_company_can_be_deactivated_and_reactivated() {
        Company deactivated = company().deactivate(LATER);

        assertThat(deactivated.status()).isEqualTo(CompanyStatus.DEACTIVATED);
        assertThat(deactivated.isActive()).isFalse();
        assertThat(deactivated.updatedAt()).isEqualTo(LATER);
        assertThat(deactivated.reactivate(LATER.plusSeconds(1)).isActive()).isTrue();
    }

    @Test
    void deactivating_a_deactivated_company_is_a_conflict() {
        Company deactivated = company().deactivate(LATER);

        assertThatThrownBy(() -> deactivated.deactivate(LATER))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.code()).isEqualTo("company.already_deactivated");
                });
    }

    @Test
    void reactivating_an_active_company_is_a_conflict() {
        assertThatThrownBy(() -> company().reactivate(LATER))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.code()).isEqualTo("company.already_active");
                });
    }

    @Test
    void deactivation_keeps_the_contact_person() {
        MemberId contact = MemberId.random();

        Company cycled = company().withContactPerson(contact, LATER).deactivate(LATER).reactivate(LATER);

        assertThat(cycled.contactPerson()).contains(contact);
    }

    @Test
    void mutators_leave_the_version_to_the_store() {
        Company company = company();

        assertThat(company.deactivate(LATER).version()).isEqualTo(1);
        assertThat(company.atVersion(7).version()).isEqualTo(7);
    }

    @Test
    void a_restored_company_keeps_its_rules() {
        Company stored = company();
        MemberId contact = MemberId.random();
        Company restored = Company.restore(stored.id(), stored.details(), CompanyStatus.DEACTIVATED,
                Optional.of(contact), CREATED, LATER, 4);

        assertThatThrownBy(() -> restored.deactivate(LATER)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> restored.requireNotContactPerson(contact, Company.ContactPersonChange.DISABLED))
                .isInstanceOf(DomainException.class);
        assertThat(restored.version()).isEqualTo(4);
    }

    @Test
    void restoring_a_company_updated_before_it_was_created_is_refused() {
        Company stored = company();

        assertThatThrownBy(() -> Company.restore(stored.id(), stored.details(), CompanyStatus.ACTIVE,
                Optional.empty(), LATER, CREATED, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_company_needs_a_name() {
        assertThatThrownBy(() -> details(" "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("name"));
    }

    @Test
    void a_status_is_read_by_its_name() {
        assertThat(CompanyStatus.parse("status", " DEACTIVATED ")).isEqualTo(CompanyStatus.DEACTIVATED);
        assertThatThrownBy(() -> CompanyStatus.parse("status", "CLOSED"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("status");
                    assertThat(e.errors().get(0).code()).isEqualTo("invalid_status");
                });
        assertThatThrownBy(() -> CompanyStatus.parse("status", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void names_are_compared_case_folded() {
        assertThat(details("ACME Gmbh").nameKey()).isEqualTo(details("acme gmbH").nameKey());
    }

    private static Company company() {
        return Company.create(CompanyId.random(), details("Acme GmbH"), CREATED);
    }

    private static CompanyDetails details(String name) {
        return new CompanyDetails(name, new TaxId("DE136695976"), CustomerGroupId.random(), UserId.random(),
                Optional.of(new Website("https://acme.example")));
    }
}
