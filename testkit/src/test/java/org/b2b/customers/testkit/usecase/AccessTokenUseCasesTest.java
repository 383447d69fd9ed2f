package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.b2b.customers.testkit.usecase.Refusals.assertRefused;

import java.time.Duration;
import java.util.Optional;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.user.ResolvedUser;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.b2b.customers.application.user.IssueAccessTokenUseCase;
import org.b2b.customers.application.user.IssuedAccessToken;
import org.b2b.customers.application.port.out.AccessToken;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.testkit.InMemorySystem;
import org.junit.jupiter.api.Test;

class AccessTokenUseCasesTest {

    private static final AuthenticateCommand ADMIN_LOGIN =
            new AuthenticateCommand(InMemorySystem.ADMIN_EMAIL, InMemorySystem.ADMIN_PASSWORD);

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();

    @Test
    void an_issued_token_in_use_lets_its_user_act_until_it_expires() {
        IssuedAccessToken issued = useCases.users().issueToken().issue(ADMIN_LOGIN);

        assertThat(issued.expiresAt()).isEqualTo(system.clock().instant().plus(IssueAccessTokenUseCase.TOKEN_LIFETIME));
        assertThat(useCases.users().resolveToken().resolve(issued.token())).isEqualTo(system.administrator());

        // Used every 20 minutes, within the idle timeout, up to a second before its lifetime ends.
        Duration step = Duration.ofMinutes(20);
        for (Duration left = IssueAccessTokenUseCase.TOKEN_LIFETIME; left.compareTo(step) > 0; left = left.minus(step)) {
            system.clock().advance(step);
            assertThat(useCases.users().resolveToken().resolve(issued.token())).isEqualTo(system.administrator());
        }
        system.clock().advance(step.minusSeconds(1));
        assertThat(useCases.users().resolveToken().resolve(issued.token())).isEqualTo(system.administrator());
        system.clock().advance(Duration.ofSeconds(1));
        assertRefused(() -> useCases.users().resolveToken().resolve(issued.token()), ErrorKind.UNAUTHENTICATED,
                "auth.invalid_token");
    }

    @Test
    void a_token_carries_at_least_256_random_bits_and_differs_at_every_login() {
        String first = useCases.users().issueToken().issue(ADMIN_LOGIN).token();
        String second = useCases.users().issueToken().issue(ADMIN_LOGIN).token();

        assertThat(first).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(second);
        assertThat(useCases.users().resolveToken().resolve(first)).isEqualTo(system.administrator());
        assertThat(useCases.users().resolveToken().resolve(second)).isEqualTo(system.administrator());
    }

    @Test
    void the_store_keeps_only_a_hash_of_the_token() {
        String token = useCases.users().issueToken().issue(ADMIN_LOGIN).token();

        Optional<AccessToken> byToken = system.ports().transactions()
                .inTransaction(() -> system.ports().accessTokens().findByHash(token));

        assertThat(byToken).isEmpty();
    }

    @Test
    void a_wrong_email_and_a_wrong_password_are_refused_alike() {
        assertRefused(() -> useCases.users().issueToken().issue(new AuthenticateCommand("nobody@example.com",
                InMemorySystem.ADMIN_PASSWORD)), ErrorKind.UNAUTHENTICATED, "auth.invalid_credentials");
        assertRefused(() -> useCases.users().issueToken().issue(new AuthenticateCommand(InMemorySystem.ADMIN_EMAIL,
                "not the password")), ErrorKind.UNAUTHENTICATED, "auth.invalid_credentials");
    }

    @Test
    void a_revoked_token_stops_working_and_others_of_the_same_user_do_not() {
        String revoked = useCases.users().issueToken().issue(ADMIN_LOGIN).token();
        String kept = useCases.users().issueToken().issue(ADMIN_LOGIN).token();

        useCases.users().revokeToken().revoke(revoked);

        assertRefused(() -> useCases.users().resolveToken().resolve(revoked), ErrorKind.UNAUTHENTICATED,
                "auth.invalid_token");
        assertRefused(() -> useCases.users().revokeToken().revoke(revoked), ErrorKind.UNAUTHENTICATED,
                "auth.invalid_token");
        assertThat(useCases.users().resolveToken().resolve(kept)).isEqualTo(system.administrator());
    }

    @Test
    void a_token_resolved_with_its_user_shows_them_as_they_see_themselves_and_is_refused_alike_once_revoked() {
        String token = useCases.users().issueToken().issue(ADMIN_LOGIN).token();

        ResolvedUser resolved = useCases.users().resolveToken().resolveUser(token);
        assertThat(resolved.user()).isEqualTo(useCases.users().currentUser().me(system.administrator()));
        assertThat(resolved.actor()).isEqualTo(system.administrator());

        useCases.users().revokeToken().revoke(token);
        assertRefused(() -> useCases.users().resolveToken().resolveUser(token), ErrorKind.UNAUTHENTICATED,
                "auth.invalid_token");
    }

    @Test
    void malformed_and_unknown_tokens_are_refused_alike() {
        for (String token : new String[] {null, "", "short", "x".repeat(43), "' or 1=1 --".repeat(4)}) {
            assertRefused(() -> useCases.users().resolveToken().resolve(token), ErrorKind.UNAUTHENTICATED,
                    "auth.invalid_token");
        }
    }

    @Test
    void logging_in_forgets_the_tokens_that_have_expired() {
        useCases.users().issueToken().issue(ADMIN_LOGIN);
        system.clock().advance(IssueAccessTokenUseCase.TOKEN_LIFETIME);

        useCases.users().issueToken().issue(ADMIN_LOGIN);

        assertThat(system.ports().transactions().inTransaction(
                () -> system.ports().accessTokens().removeExpired(system.clock().instant()))).isZero();
    }
}
