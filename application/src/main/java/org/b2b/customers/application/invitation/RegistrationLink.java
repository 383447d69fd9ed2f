package org.b2b.customers.application.invitation;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/** The registration link of a pending invitation, {@code {publicUrl}/register/{token}}. */
public record RegistrationLink(URI url) {

    public RegistrationLink {
        requireNonNull(url);
    }
}
