package org.b2b.customers.application.port.in.invitation;

import org.b2b.customers.application.port.in.Actor;

/**
 * Invites the people listed in a file, with the same line-by-line report as typed invitations, numbered by the
 * file's own lines. A file that is too large, too long or not UTF-8 text is refused as a whole.
 */
public interface ImportInvitationsUseCase {

    InvitationReport importFile(Actor actor, ImportInvitationsCommand command);
}
