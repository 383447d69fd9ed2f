package org.b2b.customers.application.invitation;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;

/** Lists a company's invitations, newest first. */
public interface ListInvitationsUseCase {

    Page<InvitationView> list(Actor actor, ListInvitationsQuery query);
}
