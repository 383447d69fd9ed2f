package org.b2b.customers.application.invitation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One line of a preview: its number, the email as understood, the identifier of the role the line names when it is
 * one that members can hold, and the outcome the line would have ({@link InvitationOutcome#INVITED}: would be
 * invited).
 */
public record PreviewLine(int line, String email, Optional<String> role, InvitationOutcome outcome) {

    public PreviewLine {
        requireNonNull(email);
        requireNonNull(role);
        requireNonNull(outcome);
    }
}
