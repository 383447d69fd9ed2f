package org.b2b.customers.application.invitation;

import java.util.Collection;
import java.util.Map;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.invitation.InvitationId;

/**
 * "Copy link": the registration link of a pending invitation, rebuilt from its stored secret. An invitation
 * that is not pending has no working link: a conflict {@code invitation.expired}, {@code .revoked} or
 * {@code .accepted}.
 */
public interface GetRegistrationLinkUseCase {

    RegistrationLink link(Actor actor, CompanyId companyId, InvitationId invitationId);

    /** The links of those of these invitations (a page's, at most 200) that are the company's and pending, at once. */
    Map<InvitationId, RegistrationLink> links(Actor actor, CompanyId companyId, Collection<InvitationId> invitationIds);
}
