package org.b2b.customers.web.page;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * What the layout around every page needs: the words in the visitor's language, who is signed in, where the page
 * is (for the language switch to come back to, and for the navigation to mark), and the outcome of the last action
 * to announce.
 */
public record Frame(Messages m, Optional<SignedIn> session, String here, String section, Optional<String> notice) {

    /** The frame of a page in one section of the navigation; {@code ?notice=…} names the outcome to show. */
    static Frame of(Context ctx, Optional<SignedIn> session, String section) {
        Messages messages = Languages.of(ctx);
        String query = ctx.queryString();
        Optional<String> notice = Optional.ofNullable(ctx.queryParam("notice"))
                .map(key -> "notice." + key).filter(messages::has);
        return new Frame(messages, session, ctx.path() + (query == null ? "" : "?" + query), section, notice);
    }

    /**
     * The frame of a page answered before its request could be read, so with no language chosen: in the one for
     * everyone else, its switch coming back to the start.
     */
    static Frame unread() {
        return new Frame(Messages.in(Messages.LANGUAGES.get(0)), Optional.empty(), "/", "", Optional.empty());
    }

    public boolean signedIn() {
        return session.isPresent();
    }

    public SignedIn user() {
        return session.orElseThrow();
    }

    /** The token every form of a signed-in page carries; empty where no one is signed in. */
    public String formToken() {
        return session.map(SignedIn::formToken).orElse("");
    }

    /** The language to offer in the switch: the other one of the two. */
    public String otherLanguage() {
        return Messages.LANGUAGES.stream().map(l -> l.getLanguage()).filter(l -> !l.equals(m.language()))
                .findFirst().orElseThrow();
    }
}
