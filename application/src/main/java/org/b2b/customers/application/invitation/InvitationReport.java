package org.b2b.customers.application.invitation;

import java.util.List;

/** The answer to a bulk invitation: one result per line, in the order of the lines. */
public record InvitationReport(List<InvitationResult> results) {

    public InvitationReport {
        results = List.copyOf(results);
    }
}
