package org.b2b.customers.application.port.out;

import java.util.Optional;
import org.b2b.customers.domain.user.UserId;

/**
 * Who acts, each read in a single round trip with all that decides their access: every request starts here, so one
 * statement answers what would otherwise take a read of the user, their membership, its company and each role.
 */
public interface Principals {

    /** The user with this id as a principal, if there is such a user. */
    Optional<Principal> byUser(UserId id);

    /** The token stored under this hash, live or expired, with its user as a principal. */
    Optional<TokenHolder> byToken(String hash);

    /** A stored bearer token and the principal it lets act. */
    record TokenHolder(AccessToken token, Principal principal) {}
}
