package org.b2b.customers.application.invitation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.b2b.customers.domain.user.UserId;

/**
 * Who sent an invitation: the user, and their name (first and last) as it is now; no name when that user no longer
 * exists, as the history shows a change whose actor is gone.
 */
public record InviterView(UserId userId, Optional<String> name) {

    public InviterView {
        requireNonNull(userId);
        requireNonNull(name);
    }
}
