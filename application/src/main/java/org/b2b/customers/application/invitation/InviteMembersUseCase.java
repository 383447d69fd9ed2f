package org.b2b.customers.application.invitation;

import org.b2b.customers.application.common.Actor;

/**
 * Invites people to a company, each with their own role, and answers line by line. Valid lines are invited even
 * when others are not; each invited person gets a mail through the outbox.
 */
public interface InviteMembersUseCase {

    InvitationReport invite(Actor actor, InviteMembersCommand command);
}
