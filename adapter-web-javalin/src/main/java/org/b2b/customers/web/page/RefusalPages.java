package org.b2b.customers.web.page;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * Refusals made before a page's own handler runs, by Jetty or by the checks every request passes, answered as a
 * page on the pages' paths: a visitor who opened a mangled link sees words, never a problem document.
 */
public final class RefusalPages {

    private static final Pages PAGES = new Pages();
    private static final String REGISTRATION = RegistrationPages.PATH.substring(0, RegistrationPages.PATH.indexOf('{'));

    private RefusalPages() {}

    /** The beginnings of the pages' paths; a refusal anywhere else is the API's problem document. */
    private static final List<String> PAGE_PATHS = List.of(REGISTRATION, Assets.DIRECTORY, Paths.SIGN_IN,
            Paths.SIGN_OUT, Paths.LANGUAGE, Paths.COMPANIES, Paths.NO_COMPANY);

    /** Whether a path is one of the pages', whose refusals are pages too. */
    public static boolean serve(String path) {
        return path.equals("/") || PAGE_PATHS.stream().anyMatch(path::startsWith);
    }

    /**
     * Answers the request with the page of a refused request; a path that leads nowhere outside the registration
     * pages gets the Back Office's "not found" page, in the visitor's language.
     */
    public static void send(Context ctx, int status) {
        if (status == 404 && !ctx.path().startsWith(REGISTRATION)) {
            PAGES.render(ctx, 404, SignedInArea.NOT_FOUND, Frame.of(ctx, Optional.empty(), ""), "");
        } else {
            PAGES.notice(ctx, Notice.refusedRequest(status));
        }
    }

    /** The page of a refused request, for an answer written without a {@link Context}. */
    public static String html(int status) {
        return PAGES.html(Notice.refusedRequest(status));
    }
}
