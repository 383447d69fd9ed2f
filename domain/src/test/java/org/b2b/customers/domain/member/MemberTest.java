package org.b2b.customers.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.b2b.customers.domain.access.BuiltInRoles;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.Policy;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.access.RoleAudience;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyDetails;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.company.TaxId;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.PasswordHash;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;
import org.junit.jupiter.api.Test;

class MemberTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void a_customer_joins_an_active_company_as_an_active_member_with_the_role() {
        Company company = company();
        User user = customer();

        Member member = Member.join(MemberId.random(), company, user, BuiltInRoles.companyAdmin(), NOW);

        assertThat(member.companyId()).isEqualTo(company.id());
        assertThat(member.userId()).isEqualTo(user.id());
        assertThat(member.role()).isEqualTo(RoleIdentifier.COMPANY_ADMIN);
        assertThat(member.isActive()).isTrue();
        assertThat(member.joinedAt()).isEqualTo(NOW);
        assertThat(member.version()).isEqualTo(1);
    }

    @Test
    void only_customers_join_a_company() {
        User staff = User.staff(UserId.random(), EmailAddress.of("rep@seller.example"), new PersonName("Sam", "Rep"),
                Set.of(RoleIdentifier.SALES_REPRESENTATIVE), new PasswordHash("$pbkdf2$test"), NOW);

        assertThatThrownBy(() -> Member.join(MemberId.random(), company(), staff, BuiltInRoles.companyBuyer(), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
                    assertThat(e.code()).isEqualTo("member.not_a_customer");
                });
    }

    @Test
    void a_deactivated_company_takes_no_new_members() {
        Company deactivated = company().deactivate(NOW);

        assertThatThrownBy(() -> Member.join(MemberId.random(), deactivated, customer(), BuiltInRoles.companyBuyer(), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
                    assertThat(e.code()).isEqualTo("company.deactivated");
                });
    }

    @Test
    void corporate_access_is_never_assigned() {
        assertThatThrownBy(() -> Member.join(MemberId.random(), company(), customer(), BuiltInRoles.corporateAccess(), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("role");
                    assertThat(e.errors().get(0).code()).isEqualTo("not_a_company_role");
                });
        assertThatThrownBy(() -> member().withRole(BuiltInRoles.corporateAccess()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_staff_role_cannot_be_assigned_to_a_member() {
        assertThatThrownBy(() -> Member.join(MemberId.random(), company(), customer(), BuiltInRoles.administrator(), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("not_a_company_role"));
        assertThatThrownBy(() -> member().withRole(BuiltInRoles.salesRepresentative()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).message()).contains("sales_representative"));
    }

    @Test
    void a_role_defined_for_customers_can_be_assigned() {
        Role purchaser = Role.define(new RoleIdentifier("purchaser"), "Purchaser", RoleAudience.CUSTOMER,
                Set.of(Policy.of(Permission.ORDER_VIEW)));

        assertThat(member().withRole(purchaser).role()).isEqualTo(purchaser.identifier());
    }

    @Test
    void a_member_holding_corporate_access_cannot_be_restored() {
        assertThatThrownBy(() -> Member.restore(MemberId.random(), CompanyId.random(), UserId.random(),
                RoleIdentifier.CORPORATE_ACCESS, MemberStatus.ACTIVE, NOW, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_member_can_be_disabled_and_enabled() {
        Company company = company();
        Member member = Member.join(MemberId.random(), company, customer(), BuiltInRoles.companyBuyer(), NOW);

        Member disabled = member.disable(company);

        assertThat(disabled.isActive()).isFalse();
        assertThat(disabled.status()).isEqualTo(MemberStatus.DISABLED);
        assertThat(disabled.enable().isActive()).isTrue();
        assertThat(member.isActive()).as("the original is unchanged").isTrue();
    }

    private static Member member() {
        return Member.join(MemberId.random(), company(), customer(), BuiltInRoles.companyBuyer(), NOW);
    }

    private static Company company() {
        return Company.create(CompanyId.random(), new CompanyDetails("Acme GmbH", new TaxId("DE136695976"),
                CustomerGroupId.random(), UserId.random(), Optional.empty()), NOW);
    }

    private static User customer() {
        return User.customer(UserId.random(), EmailAddress.of("buyer@acme.example"), new PersonName("Ada", "Lovelace"),
                Optional.empty(), new PasswordHash("$pbkdf2$test"), NOW);
    }
}
