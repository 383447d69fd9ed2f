package org.b2b.customers.application.invitation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.b2b.customers.domain.company.CompanyId;

/**
 * The people to invite to a company, each with their own role, at most {@value #MAX_INVITATIONS}; line numbers in
 * the report count from 1.
 */
public record InviteMembersCommand(
        CompanyId companyId,
        @NotNull(message = "must be given")
        @Size(min = 1, max = MAX_INVITATIONS, message = "must hold 1 to 10,000 invitations")
        List<@NotNull(message = "must be an object with email and role") Invitee> invitations) {

    public static final int MAX_INVITATIONS = 10_000;

    public InviteMembersCommand {
        // Copied without List.copyOf, which would throw on a null element before validation could name it.
        invitations = invitations == null ? null : Collections.unmodifiableList(new ArrayList<>(invitations));
    }

    public static InviteMembersCommand of(CompanyId companyId, Invitee... invitees) {
        return new InviteMembersCommand(companyId, List.of(invitees));
    }
}
