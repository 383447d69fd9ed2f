package org.b2b.customers.domain.member;

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
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.PasswordHash;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** A company's contact person: an active member of that company, kept until another is appointed. */
class ContactPersonTest {

    private static final Instant CREATED = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant LATER = CREATED.plusSeconds(3600);

    @Test
    void an_active_member_of_the_company_becomes_its_contact_person() {
        Company company = company();
        Member member = memberOf(company);

        Company assigned = member.appointContactPerson(company, LATER);

        assertThat(assigned.contactPerson()).contains(member.id());
        assertThat(assigned.updatedAt()).isEqualTo(LATER);
        assertThat(company.contactPerson()).as("the original is unchanged").isEmpty();
    }

    @Test
    void a_member_of_another_company_cannot_be_the_contact_person() {
        Company company = company();
        Member stranger = memberOf(company());

        assertThatThrownBy(() -> stranger.appointContactPerson(company, LATER))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
                    assertThat(e.code()).isEqualTo("contact_person.not_a_member");
                });
    }

    @Test
    void a_disabled_member_cannot_be_the_contact_person() {
        Company company = company();
        Member disabled = memberOf(company).disable(company);

        assertThatThrownBy(() -> disabled.appointContactPerson(company, LATER))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("contact_person.member_disabled"));
    }

    @Test
    void the_contact_person_cannot_be_disabled() {
        Company company = company();
        Member member = memberOf(company);
        Company assigned = member.appointContactPerson(company, LATER);

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
        Company assigned = member.appointContactPerson(company, LATER);

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
        Company moved = second.appointContactPerson(first.appointContactPerson(company, LATER), LATER);

        assertThat(first.disable(moved).isActive()).isFalse();
        first.requireRemovable(moved);
        assertThatThrownBy(() -> second.requireRemovable(moved)).isInstanceOf(DomainException.class);
    }

    private static Company company() {
        return Company.create(CompanyId.random(), new CompanyDetails("Acme GmbH", new TaxId("DE136695976"),
                CustomerGroupId.random(), UserId.random(), Optional.empty()), CREATED);
    }

    private static Member memberOf(Company company) {
        User user = User.customer(UserId.random(), EmailAddress.of(UserId.random() + "@acme.example"),
                new PersonName("Ada", "Lovelace"), Optional.empty(), new PasswordHash("$pbkdf2$test"), CREATED);
        return Member.join(MemberId.random(), company, user, BuiltInRoles.companyBuyer(), CREATED);
    }
}
