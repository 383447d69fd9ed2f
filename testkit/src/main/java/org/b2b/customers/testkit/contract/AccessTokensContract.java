package org.b2b.customers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.b2b.customers.application.port.out.AccessToken;
import org.b2b.customers.application.port.out.AccessTokens;
import org.b2b.customers.domain.user.User;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AccessTokens} store does: finds a token by its hash, with its last recorded use, until it is
 * removed, revoked with all of its user's tokens, or swept as expired.
 */
public abstract class AccessTokensContract extends PortContract {

    private AccessTokens tokens() {
        return ports().accessTokens();
    }

    /** A fresh value of the stored shape: 64 lower-case hex digits. */
    private static String hash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    private AccessToken stored(User user, Instant issuedAt, Duration lifetime) {
        AccessToken token = new AccessToken(hash(), user.id(), issuedAt, issuedAt.plus(lifetime));
        inTransaction(() -> tokens().add(token));
        return token;
    }

    @Test
    public void a_stored_token_reads_back_equal_by_its_hash() {
        AccessToken token = stored(given().customer(), Fixtures.T0, Duration.ofHours(12));

        assertThat(inTransaction(() -> tokens().findByHash(token.hash()))).contains(token);
        assertThat(inTransaction(() -> tokens().findByHash(hash()))).isEmpty();
    }

    @Test
    public void a_removed_token_is_gone_and_removing_it_again_changes_nothing() {
        User user = given().customer();
        AccessToken removed = stored(user, Fixtures.T0, Duration.ofHours(12));
        AccessToken kept = stored(user, Fixtures.T0, Duration.ofHours(12));

        inTransaction(() -> tokens().remove(removed.hash()));
        inTransaction(() -> tokens().remove(removed.hash()));

        assertThat(inTransaction(() -> tokens().findByHash(removed.hash()))).isEmpty();
        assertThat(inTransaction(() -> tokens().findByHash(kept.hash()))).contains(kept);
    }

    @Test
    public void sweeping_removes_exactly_the_tokens_expired_at_that_instant() {
        User user = given().customer();
        Instant sweep = Instant.parse("2031-01-01T00:00:00Z");
        AccessToken expired = stored(user, sweep.minus(Duration.ofHours(13)), Duration.ofHours(12));
        AccessToken expiringNow = stored(user, sweep.minus(Duration.ofHours(12)), Duration.ofHours(12));
        AccessToken live = stored(user, sweep.minus(Duration.ofHours(1)), Duration.ofHours(12));

        int removed = inTransaction(() -> tokens().removeExpired(sweep));

        assertThat(removed).isGreaterThanOrEqualTo(2);
        assertThat(inTransaction(() -> tokens().findByHash(expired.hash()))).isEmpty();
        assertThat(inTransaction(() -> tokens().findByHash(expiringNow.hash()))).isEmpty();
        assertThat(inTransaction(() -> tokens().findByHash(live.hash()))).contains(live);
    }

    @Test
    public void a_token_added_in_a_rolled_back_transaction_is_not_kept() {
        AccessToken token = new AccessToken(hash(), given().customer().id(), Fixtures.T0,
                Fixtures.T0.plus(Duration.ofHours(12)));

        assertThatThrownBy(() -> inTransaction(() -> {
            tokens().add(token);
            throw new IllegalStateException("the use case fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inTransaction(() -> tokens().findByHash(token.hash()))).isEmpty();
    }

    @Test
    public void a_recorded_use_reads_back_and_a_use_of_an_unknown_hash_changes_nothing() {
        AccessToken token = stored(given().customer(), Fixtures.T0, Duration.ofHours(12));
        Instant used = Fixtures.T0.plus(Duration.ofMinutes(7));

        assertThat(token.lastUsedAt()).isEqualTo(Fixtures.T0);
        inTransaction(() -> tokens().recordUse(token.hash(), used));
        inTransaction(() -> tokens().recordUse(hash(), used));

        assertThat(inTransaction(() -> tokens().findByHash(token.hash()))).contains(
                new AccessToken(token.hash(), token.userId(), token.issuedAt(), token.expiresAt(), used));
    }

    @Test
    public void removing_the_tokens_of_users_removes_all_of_theirs_and_no_one_elses() {
        User first = given().customer();
        User second = given().customer();
        User other = given().customer();
        AccessToken firstOne = stored(first, Fixtures.T0, Duration.ofHours(12));
        AccessToken firstTwo = stored(first, Fixtures.T0, Duration.ofHours(12));
        AccessToken seconds = stored(second, Fixtures.T0, Duration.ofHours(12));
        AccessToken others = stored(other, Fixtures.T0, Duration.ofHours(12));

        int removed = inTransaction(() -> tokens().removeAllOf(List.of(first.id(), second.id())));

        assertThat(removed).isEqualTo(3);
        assertThat(inTransaction(() -> tokens().findByHash(firstOne.hash()))).isEmpty();
        assertThat(inTransaction(() -> tokens().findByHash(firstTwo.hash()))).isEmpty();
        assertThat(inTransaction(() -> tokens().findByHash(seconds.hash()))).isEmpty();
        assertThat(inTransaction(() -> tokens().findByHash(others.hash()))).contains(others);
        assertThat(inTransaction(() -> tokens().removeAllOf(List.of()))).isZero();
    }
}
