package org.b2b.customers.application.common;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import org.b2b.customers.domain.invitation.InvitationTtl;
import org.b2b.customers.domain.invitation.RegistrationTokens;

/**
 * How an installation is set up: how long invitations stay valid, where its registration pages are published,
 * the key that registration links are derived with (kept outside the database), and how long an unused bearer
 * token keeps working.
 */
public record Settings(InvitationTtl invitationTtl, URI publicUrl, RegistrationTokens registrationTokens,
        Duration tokenIdleTimeout) {

    /** How long an unused bearer token keeps working unless configured otherwise. */
    public static final Duration DEFAULT_TOKEN_IDLE_TIMEOUT = Duration.ofMinutes(30);
    /** The shortest idle timeout: the last use is recorded to the minute, so a shorter one would not hold. */
    public static final Duration MIN_TOKEN_IDLE_TIMEOUT = Duration.ofMinutes(1);
    /** The longest idle timeout: a token lives 12 hours anyway. */
    public static final Duration MAX_TOKEN_IDLE_TIMEOUT = Duration.ofHours(12);

    public Settings {
        requireNonNull(invitationTtl);
        requireNonNull(publicUrl);
        requireNonNull(registrationTokens);
        requireNonNull(tokenIdleTimeout);
        if (tokenIdleTimeout.compareTo(MIN_TOKEN_IDLE_TIMEOUT) < 0 || tokenIdleTimeout.compareTo(MAX_TOKEN_IDLE_TIMEOUT) > 0) {
            throw new IllegalArgumentException("the token idle timeout is from PT1M to PT12H");
        }
        if (!publicUrl.isAbsolute()) {
            throw new IllegalArgumentException("the public URL is absolute, such as https://customers.example.com");
        }
    }

    /** The settings with the default token idle timeout. */
    public Settings(InvitationTtl invitationTtl, URI publicUrl, RegistrationTokens registrationTokens) {
        this(invitationTtl, publicUrl, registrationTokens, DEFAULT_TOKEN_IDLE_TIMEOUT);
    }

    /** The registration link for a token: {@code {publicUrl}/register/{token}}. */
    public URI registrationLink(String token) {
        String base = publicUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/register/" + token);
    }
}
