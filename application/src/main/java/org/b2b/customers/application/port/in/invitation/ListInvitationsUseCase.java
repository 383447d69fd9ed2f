package org.b2b.customers.application.port.in.invitation;

import org.b2b.customers.application.port.in.Actor;
import org.b2b.customers.application.port.in.Page;

/** Lists a company's invitations, newest first. */
public interface ListInvitationsUseCase {

    Page<InvitationView> list(Actor actor, ListInvitationsQuery query);
}
