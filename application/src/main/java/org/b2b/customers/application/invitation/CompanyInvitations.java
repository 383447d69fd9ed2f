package org.b2b.customers.application.invitation;

import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationErrorCode;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.shared.DomainException;

/** Finds an invitation inside a company; one of another company is not found, as if it did not exist. */
final class CompanyInvitations {

    private final Invitations invitations;

    CompanyInvitations(Invitations invitations) {
        this.invitations = invitations;
    }

    Invitation find(Company company, InvitationId id) {
        return invitations.find(id)
                .filter(invitation -> invitation.companyId().equals(company.id()))
                .orElseThrow(() -> DomainException.notFound(InvitationErrorCode.NOT_FOUND));
    }
}
