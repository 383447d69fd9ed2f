package org.b2b.customers.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.b2b.customers.domain.user.UserId;

/** The bearer tokens issued at login, kept by hash only, so that a copy of the store lets no one act as anyone. */
public interface AccessTokens {

    /** Stores a newly issued token. */
    void add(AccessToken token);

    /** The token with this hash, live or expired. */
    Optional<AccessToken> findByHash(String hash);

    /** Records that the token with this hash was used at {@code usedAt}; a hash that names no token changes nothing. */
    void recordUse(String hash, Instant usedAt);

    /** Deletes the token with this hash; a hash that names no token changes nothing. */
    void remove(String hash);

    /** Deletes every token of these users, and answers how many there were. */
    int removeAllOf(Collection<UserId> users);

    /** Deletes every token that has expired at {@code now}, and answers how many there were. */
    int removeExpired(Instant now);
}
