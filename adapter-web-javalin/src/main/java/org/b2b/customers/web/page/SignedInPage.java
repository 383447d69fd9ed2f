package org.b2b.customers.web.page;

import io.javalin.http.Context;
import org.b2b.customers.web.FormFields;

/** What a page of the signed-in area does, once the session is known and, for a form, proven to be ours. */
@FunctionalInterface
public interface SignedInPage {

    void handle(Request request) throws Exception;

    /** A request in a session: the context, who is signed in, the layout's frame and, for a post, its form. */
    record Request(Context ctx, SignedIn session, Frame frame, FormFields form) {

        public Messages m() {
            return frame.m();
        }
    }
}
