package org.b2b.customers.domain.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.domain.access.BuiltInRoles;
import org.b2b.customers.domain.access.RoleIdentifier;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.member.MemberId;
import org.b2b.customers.domain.member.MemberStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.PasswordHash;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.User;
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
    void an_active_member_of_the_company_becomes_its_contact_person() {
        Company company = company();
        Member member = memberOf(company);

        Company assigned = company.assignContactPerson(member, LATER);

        assertThat(assigned.contactPerson()).contains(member.id());
        assertThat(assigned.updatedAt()).isEqualTo(LATER);
        assertThat(company.contactPerson()).as("the original is unchanged").isEmpty();
    }

    @Test
    void a_member_of_another_company_cannot_be_the_contact_person() {
        Company company = company();
        Member stranger = memberOf(company());

        assertThatThrownBy(() -> company.assignContactPerson(stranger, LATER))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
                    assertThat(e.code()).isEqualTo("contact_person.not_a_member");
                });
    }

    @Test
    void a_disabled_member_cannot_be_the_contact_person() {
        Company company = company();
        Member disabled = memberOf(company).disable(company);

        assertThatThrownBy(() -> company.assignContactPerson(disabled, LATER))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("contact_person.member_disabled"));
    }

    @Test
    void the_contact_person_cannot_be_disabled() {
        Company company = company();
        Member member = memberOf(company);
        Company assigned = company.assignContactPerson(member, LATER);

        assertThatThrownBy(() -> member.disable(assigned))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.code()).isEqualTo("contact_person.cannot_be_disabled");
                    assertThat(e.getMessage()).contains("choose another contact person first");
                });
    }

    @Test
    void the_contact_person_cannot_be_removed() {
        Company company = company();
        Member member = memberOf(company);
        Company assigned = company.assignContactPerson(member, LATER);

        assertThatThrownBy(() -> member.requireRemovable(assigned))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.code()).isEqualTo("contact_person.cannot_be_removed");
                });
    }

    @Test
    void the_former_contact_person_can_be_disabled_and_removed_once_another_is_chosen() {
        Company company = company();
        Member first = memberOf(company);
        Member second = memberOf(company);
        Company moved = company.assignContactPerson(first, LATER).assignContactPerson(second, LATER);

        assertThat(first.disable(moved).isActive()).isFalse();
        first.requireRemovable(moved);
        assertThatThrownBy(() -> second.requireRemovable(moved)).isInstanceOf(DomainException.class);
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
        Company company = company();
        Member member = memberOf(company);

        Company cycled = company.assignContactPerson(member, LATER).deactivate(LATER).reactivate(LATER);

        assertThat(cycled.contactPerson()).contains(member.id());
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
        Member contactMember = Member.restore(contact, stored.id(), UserId.random(),
                RoleIdentifier.COMPANY_ADMIN,
                MemberStatus.ACTIVE, CREATED, 1);

        assertThatThrownBy(() -> restored.deactivate(LATER)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> contactMember.disable(restored)).isInstanceOf(DomainException.class);
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
    void the_scope_names_the_company_and_its_sales_representative() {
        Company company = company();

        assertThat(company.scope().companyId()).isEqualTo(company.id());
        assertThat(company.scope().salesRepresentativeId()).isEqualTo(company.details().salesRepresentativeId());
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

    private static Member memberOf(Company company) {
        User user = User.customer(UserId.random(), EmailAddress.of(UserId.random() + "@acme.example"),
                new PersonName("Ada", "Lovelace"), Optional.empty(), new PasswordHash("$pbkdf2$test"), CREATED);
        return Member.join(MemberId.random(), company, user, BuiltInRoles.companyBuyer(), CREATED);
    }
}
