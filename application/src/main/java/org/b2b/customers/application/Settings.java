package org.b2b.customers.application;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import org.b2b.customers.domain.invitation.InvitationTtl;
import org.b2b.customers.domain.invitation.RegistrationTokens;

/**
 * How an installation is set up: how long invitations stay valid, where its registration pages are published,
 * and the key that registration links are derived with (kept outside the database).
 */
public record Settings(InvitationTtl invitationTtl, URI publicUrl, RegistrationTokens registrationTokens) {

    public Settings {
        requireNonNull(invitationTtl);
        requireNonNull(publicUrl);
        requireNonNull(registrationTokens);
        if (!publicUrl.isAbsolute()) {
            throw new IllegalArgumentException("the public URL is absolute, such as https://customers.example.com");
        }
    }

    /** The registration link for a token: {@code {publicUrl}/register/{token}}. */
    public URI registrationLink(String token) {
        String base = publicUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/register/" + token);
    }
}
