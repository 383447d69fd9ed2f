package org.b2b.customers.application.invitation;

import java.time.Instant;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationErrorCode;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.shared.DomainException;

/**
 * A company's invitations as its staff handle them one by one: found only inside the company, each step stored with
 * its history entry, shown with who sent them.
 */
final class CompanyInvitations {

    private final Invitations invitations;
    private final InvitationHistory history;
    private final InvitationViews views;

    CompanyInvitations(Invitations invitations, InvitationHistory history, InvitationViews views) {
        this.invitations = invitations;
        this.history = history;
        this.views = views;
    }

    /** The invitation of that id; one of another company is not found, as if it did not exist. */
    Invitation find(Company company, InvitationId id) {
        return invitations.find(id)
                .filter(invitation -> invitation.companyId().equals(company.id()))
                .orElseThrow(() -> DomainException.notFound(InvitationErrorCode.NOT_FOUND));
    }

    /** Stores a step in the invitation's life and writes it into the company's history. */
    Invitation store(Actor actor, Invitation changed, String action) {
        Invitation stored = invitations.update(changed);
        history.record(actor, stored, action);
        return stored;
    }

    InvitationView view(Invitation invitation, Instant now) {
        return views.of(invitation, now);
    }
}
