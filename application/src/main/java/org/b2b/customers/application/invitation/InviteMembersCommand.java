package org.b2b.customers.application.invitation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
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

    /** The invitees as lines numbered from 1; a blank role is none. Only for a command that passed validation. */
    List<InvitationLine> lines() {
        List<InvitationLine> lines = new ArrayList<>(invitations.size());
        for (Invitee invitee : invitations) {
            lines.add(new InvitationLine(lines.size() + 1, invitee.email(), Optional.ofNullable(invitee.role())
                    .filter(role -> !role.isBlank())));
        }
        return lines;
    }
}
