package org.b2b.customers.web.page;

import io.javalin.http.Context;

/**
 * Refusals made before a page's own handler runs, by Jetty or by the checks every request passes, answered as a
 * page on the pages' paths: a visitor who opened a mangled link sees words, never a problem document.
 */
public final class RefusalPages {

    private static final Pages PAGES = new Pages();

    private RefusalPages() {}

    /** Whether a path is one of the pages', whose refusals are pages too. */
    public static boolean serve(String path) {
        return path.startsWith(RegistrationPages.PATH.substring(0, RegistrationPages.PATH.indexOf('{')))
                || path.startsWith(Assets.DIRECTORY);
    }

    /** Answers the request with the page of a refused request. */
    public static void send(Context ctx, int status) {
        PAGES.notice(ctx, Notice.refusedRequest(status));
    }

    /** The page of a refused request, for an answer written without a {@link Context}. */
    public static String html(int status) {
        return PAGES.html(Pages.NOTICE, Notice.refusedRequest(status));
    }
}
