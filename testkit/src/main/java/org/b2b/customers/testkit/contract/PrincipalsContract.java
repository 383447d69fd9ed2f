package org.b2b.customers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.b2b.customers.application.port.out.AccessToken;
import org.b2b.customers.application.port.out.Principal;
import org.b2b.customers.application.port.out.Principals;
import org.b2b.customers.application.port.out.Principals.TokenHolder;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Principals} store does: reads a user, by id or by token, with their membership, their company's
 * status and the versions of exactly the roles they hold, as they stand now.
 */
public abstract class PrincipalsContract extends PortContract {

    private Principals principals() {
        return ports().principals();
    }

    private Principal principalOf(User user) {
        return inTransaction(() -> principals().byUser(user.id())).orElseThrow();
    }

    private long versionOf(RoleIdentifier role) {
        return given().role(role).version();
    }

    @Test
    public void a_staff_user_holds_their_staff_roles_and_no_membership() {
        User representative = given().salesRepresentative();

        Principal principal = principalOf(representative);

        assertThat(principal.user()).isEqualTo(representative);
        assertThat(principal.membership()).isEmpty();
        assertThat(principal.roleVersions()).isEqualTo(Map.of(RoleIdentifier.SALES_REPRESENTATIVE,
                versionOf(RoleIdentifier.SALES_REPRESENTATIVE)));
    }

    @Test
    public void a_customer_in_no_company_holds_nothing() {
        User customer = given().customer();

        Principal principal = principalOf(customer);

        assertThat(principal.user()).isEqualTo(customer);
        assertThat(principal.membership()).isEmpty();
        assertThat(principal.companyActive()).isFalse();
        assertThat(principal.roleVersions()).isEmpty();
    }

    @Test
    public void a_member_holds_their_company_role_and_corporate_access_in_their_active_company() {
        Company company = given().company();
        Member member = given().member(company);

        Principal principal = principalOf(userOf(member));

        assertThat(principal.membership()).contains(member);
        assertThat(principal.companyActive()).isTrue();
        assertThat(principal.roleVersions()).isEqualTo(Map.of(
                RoleIdentifier.COMPANY_BUYER, versionOf(RoleIdentifier.COMPANY_BUYER),
                RoleIdentifier.CORPORATE_ACCESS, versionOf(RoleIdentifier.CORPORATE_ACCESS)));
    }

    @Test
    public void a_disabled_member_and_a_member_of_a_deactivated_company_are_read_as_they_now_stand() {
        Company company = given().company();
        Member member = given().member(company);
        Member disabled = inTransaction(() -> ports().members().update(member.disable(company)));
        inTransaction(() -> ports().companies().update(ports().companies().find(company.id()).orElseThrow()
                .deactivate(Fixtures.T0)));

        Principal principal = principalOf(userOf(member));

        assertThat(principal.membership()).contains(disabled);
        assertThat(principal.companyActive()).isFalse();
    }

    @Test
    public void a_changed_role_is_read_at_its_new_version() {
        User representative = given().salesRepresentative();
        Role role = given().role(RoleIdentifier.SALES_REPRESENTATIVE);
        Role changed = inTransaction(() -> ports().roles().update(role.withPolicies(role.name(), role.policies(),
                true)));

        assertThat(principalOf(representative).roleVersions())
                .containsEntry(RoleIdentifier.SALES_REPRESENTATIVE, changed.version());
        assertThat(inTransaction(() -> ports().roles().find(RoleIdentifier.SALES_REPRESENTATIVE, changed.version())))
                .hasValueSatisfying(read -> assertThat(read.version()).isEqualTo(changed.version()));
    }

    @Test
    public void a_token_is_read_with_its_user_and_an_unknown_one_or_user_is_not() {
        User customer = given().customer();
        AccessToken token = new AccessToken((UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""),
                customer.id(), Fixtures.T0, Fixtures.T0.plus(Duration.ofHours(12)));
        inTransaction(() -> ports().accessTokens().add(token));

        TokenHolder held = inTransaction(() -> principals().byToken(token.hash())).orElseThrow();

        assertThat(held.token()).isEqualTo(token);
        assertThat(held.principal()).isEqualTo(principalOf(customer));
        assertThat(inTransaction(() -> principals().byToken("0".repeat(64)))).isEmpty();
        assertThat(inTransaction(() -> principals().byUser(new UserId(Fixtures.id())))).isEmpty();
    }

    private User userOf(Member member) {
        return inTransaction(() -> ports().users().find(member.userId())).orElseThrow();
    }
}
