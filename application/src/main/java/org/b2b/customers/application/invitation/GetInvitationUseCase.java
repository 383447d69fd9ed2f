package org.b2b.customers.application.invitation;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.invitation.InvitationId;

/** One invitation of a company as staff see it, for a page that names it (copy its link, confirm revoking it). */
public interface GetInvitationUseCase {

    InvitationView get(Actor actor, CompanyId companyId, InvitationId invitationId);
}
