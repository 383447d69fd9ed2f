package org.b2b.customers.application.user;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A bearer token just issued: the token itself, shown to its holder this once and stored only as a hash, when it
 * stops working, and who it lets act.
 */
public record IssuedAccessToken(String token, Instant expiresAt, UserView user) {

    public IssuedAccessToken {
        requireNonNull(token);
        requireNonNull(expiresAt);
        requireNonNull(user);
    }

    @Override
    public String toString() {
        return "IssuedAccessToken[…, " + expiresAt + ", " + user.id() + "]";
    }
}
