package org.b2b.customers.application.invitation;

import java.util.List;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.domain.company.CompanyId;

/**
 * Prepares a bulk invitation before it is sent: the roles the inviter may give, the lines of a file or of pasted
 * text, and a preview that tells each line's outcome without storing anything or sending any mail.
 */
public interface PreviewInvitationsUseCase {

    /** The roles that company members can hold and that the actor may give, in the order the roles are kept. */
    List<InvitableRole> roles(Actor actor, CompanyId companyId);

    /**
     * The lines of a file, or of text pasted as one, read as {@link ImportInvitationsUseCase} reads a file: one
     * {@code email[,role]} a line, numbered as in the text. What cannot be such a text is refused on {@code file}.
     */
    List<InvitationLine> lines(FileContent content);

    /** What {@link InviteMembersUseCase} would answer for this command now, with nothing stored and no mail. */
    InvitationPreview preview(Actor actor, InviteMembersCommand command);
}
