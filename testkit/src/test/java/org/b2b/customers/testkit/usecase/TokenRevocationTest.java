package org.b2b.customers.testkit.usecase;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.b2b.customers.testkit.usecase.Refusals.assertRefused;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.UpdateCompanyCommand;
import org.b2b.customers.application.member.AddMemberCommand;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.member.RemoveMemberCommand;
import org.b2b.customers.application.member.UpdateMemberCommand;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.b2b.customers.application.port.out.AccessToken;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

/**
 * A bearer token works only while its user may sign in: disabling, removing and deactivating end it for good,
 * every use checks the right again, and a token left unused for the idle timeout stops.
 */
class TokenRevocationTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final CompanyView company = data.company("Token Industrial", data.salesRepresentative());
    private final MemberView member = data.member(company, "company_admin");
    private final MemberView colleague = data.member(company, "company_buyer");

    private String tokenOf(MemberView someone) {
        return useCases.users().issueToken().issue(new AuthenticateCommand(someone.email(), TestData.PASSWORD)).token();
    }

    private Actor resolve(String token) {
        return useCases.users().resolveToken().resolve(token);
    }

    private void assertInvalid(String token) {
        assertRefused(() -> resolve(token), ErrorKind.UNAUTHENTICATED, "auth.invalid_token");
    }

    @Test
    void disabling_a_member_ends_their_tokens_and_enabling_them_again_does_not_revive_them() {
        String token = tokenOf(member);
        String colleagues = tokenOf(colleague);

        useCases.members().update().update(system.administrator(),
                UpdateMemberCommand.of(company.id(), member.id()).withStatus("DISABLED"));
        useCases.members().update().update(system.administrator(),
                UpdateMemberCommand.of(company.id(), member.id()).withStatus("ACTIVE"));

        assertInvalid(token);
        assertThat(resolve(colleagues)).isEqualTo(data.actor(colleague));
        assertThat(resolve(tokenOf(member))).isEqualTo(data.actor(member));
    }

    @Test
    void an_actor_resolved_before_its_member_was_disabled_acts_for_its_request_only() {
        Actor resolved = resolve(tokenOf(member));
        useCases.members().update().update(system.administrator(),
                UpdateMemberCommand.of(company.id(), member.id()).withStatus("DISABLED"));

        assertThat(useCases.companies().get().get(resolved, company.id()).id()).isEqualTo(company.id());

        system.clock().advance(Duration.ofSeconds(5));
        assertRefused(() -> useCases.companies().get().get(resolved, company.id()), ErrorKind.NOT_FOUND,
                "company.not_found");
    }

    @Test
    void removing_a_member_ends_their_tokens_and_adding_them_again_does_not_revive_them() {
        String token = tokenOf(member);

        useCases.members().remove().remove(system.administrator(), RemoveMemberCommand.of(company.id(), member.id()));
        useCases.members().add().add(system.administrator(),
                new AddMemberCommand(company.id(), member.userId().toString(), "company_admin"));

        assertInvalid(token);
    }

    @Test
    void deactivating_a_company_ends_the_tokens_of_all_its_members_and_reactivating_it_does_not_revive_them() {
        CompanyView other = data.company("Other Industrial", data.salesRepresentative());
        String outsiders = tokenOf(data.member(other, "company_buyer"));
        String token = tokenOf(member);
        String colleagues = tokenOf(colleague);

        useCases.companies().update().update(system.administrator(),
                UpdateCompanyCommand.of(company.id()).withStatus("DEACTIVATED"));
        useCases.companies().update().update(system.administrator(),
                UpdateCompanyCommand.of(company.id()).withStatus("ACTIVE"));

        assertInvalid(token);
        assertInvalid(colleagues);
        assertThat(resolve(outsiders)).isNotNull();
    }

    @Test
    void a_token_whose_user_lost_the_right_to_sign_in_some_other_way_is_refused_and_forgotten() {
        String token = tokenOf(member);
        var members = system.ports().members();
        var stored = system.ports().transactions().inTransaction(() -> members.find(member.id()).orElseThrow());
        var companyOf = system.ports().transactions().inTransaction(
                () -> system.ports().companies().find(company.id()).orElseThrow());

        // Straight into the store, past the use cases that would revoke the token.
        system.ports().transactions().inTransaction(() -> members.update(stored.disable(companyOf)));
        assertRefused(() -> resolve(token), ErrorKind.UNAUTHENTICATED, "auth.no_portal_access");
        system.ports().transactions().inTransaction(() -> members.update(
                members.find(member.id()).orElseThrow().enable()));

        assertInvalid(token);
    }

    @Test
    void a_token_unused_for_the_idle_timeout_stops_working_while_one_in_use_goes_on() {
        String idle = tokenOf(member);
        String used = tokenOf(colleague);
        Duration timeout = system.settings().tokenIdleTimeout();
        assertThat(timeout).isEqualTo(Duration.ofMinutes(30));

        for (int i = 0; i < 3; i++) {
            system.clock().advance(timeout.minusMinutes(2));
            assertThat(resolve(used)).isEqualTo(data.actor(colleague));
        }

        assertInvalid(idle);
        system.clock().advance(timeout);
        assertInvalid(used);
    }

    @Test
    void a_use_is_written_down_only_once_the_recorded_one_is_a_minute_old() throws NoSuchAlgorithmException {
        String token = tokenOf(member);
        AccessToken issued = stored(token);

        system.clock().advance(Duration.ofSeconds(59));
        resolve(token);
        assertThat(stored(token).lastUsedAt()).isEqualTo(issued.issuedAt());

        system.clock().advance(Duration.ofSeconds(1));
        resolve(token);
        assertThat(stored(token).lastUsedAt()).isEqualTo(system.clock().instant());
    }

    private AccessToken stored(String token) throws NoSuchAlgorithmException {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(US_ASCII)));
        return system.ports().transactions().inTransaction(() -> system.ports().accessTokens().findByHash(hash))
                .orElseThrow();
    }
}
