package org.b2b.customers.web.backoffice;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.TooSoonException;
import org.b2b.customers.web.page.Messages;
import org.b2b.customers.web.page.Refusal;
import org.b2b.customers.web.page.SignedInPage.Request;

/**
 * A refused action carried back to the tab it was asked on, in the query of the address the tab is redirected to
 * (Post/Redirect/Get), so that reloading shows the tab with the reason rather than posting again or asking the
 * action's address with GET. The address names the reason by its code (one with a message, else
 * {@value #UNEXPLAINED}) and, for "too soon", the second it becomes possible: never words, which a link could be
 * forged to say.
 */
final class RefusalQuery {

    private static final String REFUSED = "refused";
    private static final String FROM = "from";
    private static final String UNEXPLAINED = "other";
    private static final String REFUSAL = "refusal.";

    private RefusalQuery() {}

    /**
     * The query naming why the action was refused. What the user may not see, or a session that ended, is the
     * area's to answer as everywhere else, so that refusal is thrown on.
     */
    static String of(Messages m, DomainException e) {
        if (e.kind() == ErrorKind.NOT_FOUND || e.kind() == ErrorKind.FORBIDDEN
                || e.kind() == ErrorKind.UNAUTHENTICATED) {
            throw e;
        }
        String code = m.has(REFUSAL + e.code()) ? e.code() : UNEXPLAINED;
        String from = e instanceof TooSoonException tooSoon ? "&" + FROM + "=" + tooSoon.possibleAt().getEpochSecond()
                : "";
        return REFUSED + "=" + code + from;
    }

    /**
     * The refusal the address names, in the user's language, told by the tab's {@code unexplained} message where
     * the reason has none of its own; an unknown code, or a message that needs a time the address does not give, is
     * none.
     */
    static Optional<Refusal> in(Request request, String unexplained) {
        Messages m = request.m();
        String code = request.ctx().queryParam(REFUSED);
        String key = UNEXPLAINED.equals(code) ? unexplained : REFUSAL + code;
        if (code == null || !m.has(key)) {
            return Optional.empty();
        }
        Optional<Instant> from = Optional.ofNullable(request.ctx().queryParam(FROM)).flatMap(RefusalQuery::instant);
        if (from.isPresent()) {
            return Optional.of(new Refusal(key, m.dateTime(from.get())));
        }
        return m.lookup(key).contains("{0}") ? Optional.empty() : Optional.of(new Refusal(key, ""));
    }

    private static Optional<Instant> instant(String epochSecond) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(epochSecond)));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
