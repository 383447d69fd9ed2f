package org.b2b.customers.web.backoffice;

/**
 * A line with its outcome, as a preview or a report shows it: the line, the role's name where the role is known (else
 * what was written), and the outcome's key ({@code INVITED}, {@code UNKNOWN_ROLE} … and {@code NO_ROLE} for a line
 * that names no role at all).
 */
public record CheckedLine(InviteLine line, String email, String roleLabel, String outcome) {

    public boolean hasRole() {
        return !roleLabel.isBlank();
    }

    public boolean invited() {
        return outcome.equals("INVITED");
    }
}
