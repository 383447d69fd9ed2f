package org.b2b.customers.application.invitation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One line of a bulk invitation: its number for the report, the email as given, and its role (identifier or name, as
 * given) if it names one.
 */
public record InvitationLine(int number, String email, Optional<String> role) {

    public InvitationLine {
        requireNonNull(role);
    }
}
