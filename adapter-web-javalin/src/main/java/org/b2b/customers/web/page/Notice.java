package org.b2b.customers.web.page;

import java.util.Map;
import java.util.Optional;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.invitation.InvitationErrorCode;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorCode;

/**
 * A page that tells a visitor, in words rather than codes, why they cannot go on, with the HTTP status it is sent
 * with. Its words are the messages {@code registration.notice.<name>.title} and {@code .message}, in the visitor's
 * language. A refusal of the registration itself names its error code as its reason, and is explained by the message
 * {@code registration.notice.refused.<code>}, or the general {@code .message} for a code without one: never in the
 * use case's own words, which are English only.
 */
public record Notice(int status, String name, Optional<String> reason) {

    private static final String MESSAGES = "registration.notice.";

    static final Notice FORM_REJECTED = new Notice(403, "formRejected", Optional.empty());

    static final Notice INTERNAL = new Notice(500, "internal", Optional.empty());

    /** A request that the server refused before reading it, such as a form far too large. */
    static Notice refusedRequest(int status) {
        return new Notice(status, "refusedRequest", Optional.empty());
    }

    /** Why a registration link does not work, for the refusals that say so; any other is told as it is. */
    private static final Map<ErrorCode, Notice> DEAD_LINKS = Map.of(
            InvitationErrorCode.NOT_FOUND, new Notice(404, "notFound", Optional.empty()),
            InvitationErrorCode.EXPIRED, new Notice(410, "expired", Optional.empty()),
            InvitationErrorCode.REVOKED, new Notice(410, "revoked", Optional.empty()),
            InvitationErrorCode.ACCEPTED, new Notice(410, "accepted", Optional.empty()),
            CompanyErrorCode.DEACTIVATED, new Notice(403, "deactivated", Optional.empty()));

    /** What to tell someone whose registration link or registration was refused. */
    static Notice of(DomainException refusal) {
        return DEAD_LINKS.getOrDefault(refusal.errorCode(),
                new Notice(409, "refused", Optional.of(refusal.errorCode().value())));
    }

    public String titleKey() {
        return MESSAGES + name + ".title";
    }

    /** The key of the message that explains this notice: its reason's own where the language has one. */
    public String messageKey(Messages m) {
        return reason.map(code -> MESSAGES + name + "." + code).filter(m::has).orElse(MESSAGES + name + ".message");
    }
}
