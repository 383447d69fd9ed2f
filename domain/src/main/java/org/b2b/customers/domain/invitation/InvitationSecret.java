package org.b2b.customers.domain.invitation;

import static java.util.Objects.requireNonNull;

/**
 * What is stored about an invitation's link: a random seed, from which only the holder of the installation's
 * key can derive the link's token, and the token's fingerprint, to find the invitation a token belongs to.
 * Neither is enough to accept the invitation from a copy of the database.
 */
public record InvitationSecret(String seed, String fingerprint) {

    public InvitationSecret {
        requireNonNull(seed);
        requireNonNull(fingerprint);
        if (seed.length() < 43 || fingerprint.length() < 43) {
            throw new IllegalArgumentException("seeds and fingerprints carry 256 bits");
        }
    }

    @Override
    public String toString() {
        return "InvitationSecret[…]";
    }
}
