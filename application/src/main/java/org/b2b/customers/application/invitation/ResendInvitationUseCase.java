package org.b2b.customers.application.invitation;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.invitation.InvitationId;

/**
 * Sends an invitation again with a fresh expiry. A pending one keeps its link; an expired one is renewed with a
 * new link, and its old link stops working.
 */
public interface ResendInvitationUseCase {

    InvitationView resend(Actor actor, CompanyId companyId, InvitationId invitationId);
}
