package org.b2b.customers.web.page;

import java.util.Map;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.invitation.InvitationErrorCode;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorCode;

/** A page that tells a visitor, in words rather than codes, why they cannot go on, with the HTTP status it is sent with. */
public record Notice(int status, String title, String message) {

    static final Notice FORM_REJECTED = new Notice(403, "Please open your link again",
            "For your security we could not accept this form. Open the link from your invitation email again and"
                    + " submit the form from that page.");

    static final Notice INTERNAL = new Notice(500, "Something went wrong",
            "Something went wrong on our side and nothing was changed. Please try again in a moment.");

    /** A request that the server refused before reading it, such as a form far too large. */
    static Notice refusedRequest(int status) {
        return new Notice(status, "We could not accept this request",
                "Please open the link from your invitation email again and fill in the form there.");
    }

    /** Why a registration link does not work, for the refusals that say so; any other is told as it is. */
    private static final Map<ErrorCode, Notice> DEAD_LINKS = Map.of(
            InvitationErrorCode.NOT_FOUND, new Notice(404, "This link does not work",
                    "We could not find an invitation for this link. Check that you opened the whole link from your"
                            + " invitation email, or ask for a new invitation."),
            InvitationErrorCode.EXPIRED, new Notice(410, "This invitation has expired",
                    "Invitation links are valid for a limited time. Ask the person who invited you, or your sales"
                            + " representative, to send the invitation again."),
            InvitationErrorCode.REVOKED, new Notice(410, "This invitation has been withdrawn",
                    "The invitation was revoked and its link no longer works. If you still want to join, ask for a new"
                            + " invitation."),
            InvitationErrorCode.ACCEPTED, new Notice(410, "This invitation has already been used",
                    "An account has been registered with this link. If that was you, log in with your email address"
                            + " and password."),
            CompanyErrorCode.DEACTIVATED, new Notice(403, "This company's account is not active",
                    "The company of this invitation is deactivated, so its invitations cannot be accepted at the"
                            + " moment. Please contact your sales representative."));

    /** What to tell someone whose registration link was refused. */
    static Notice of(DomainException refusal) {
        return DEAD_LINKS.getOrDefault(refusal.errorCode(),
                new Notice(409, "We could not complete your registration", refusal.getMessage()));
    }
}
