package org.b2b.customers.application.invitation;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.invitation.InvitationId;

/** Revokes a pending or expired invitation: its link stops working for good. */
public interface RevokeInvitationUseCase {

    InvitationView revoke(Actor actor, CompanyId companyId, InvitationId invitationId);
}
