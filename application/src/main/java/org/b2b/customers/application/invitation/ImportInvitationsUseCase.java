package org.b2b.customers.application.invitation;

import org.b2b.customers.application.common.Actor;

/**
 * Invites the people listed in a file, read from it as a stream, with the same line-by-line report as typed
 * invitations, numbered by the file's own lines. A file that is too large, too long, not UTF-8 text or not readable
 * to its end is refused as a whole, and invites nobody.
 */
public interface ImportInvitationsUseCase {

    InvitationReport importFile(Actor actor, ImportInvitationsCommand command);
}
