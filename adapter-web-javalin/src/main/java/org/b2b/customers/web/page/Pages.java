package org.b2b.customers.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the precompiled templates and sends them as pages: UTF-8 HTML with headers that allow no script but our
 * own file (none inline, none of another origin) and forbid framing, content sniffing, caching and referrers (page
 * URLs can carry a registration token, a secret).
 */
public final class Pages {

    static final String HTML = "text/html; charset=utf-8";
    static final String NOTICE = "notice.jte";

    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Sends a page: the template takes the layout's frame and the page's own model. */
    public void render(Context ctx, int status, String template, Frame frame, Object page) {
        send(ctx, status, html(template, Map.of("frame", frame, "page", page)));
    }

    private void send(Context ctx, int status, String html) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .status(status)
                .contentType(HTML)
                .result(html);
        if (status >= 400) {
            // The JSON API's error handlers would replace this page with a problem document.
            ctx.skipRemainingHandlers();
        }
    }

    /** Sends a page that tells a visitor, in their language, why they cannot go on. */
    void notice(Context ctx, Notice notice) {
        render(ctx, notice.status(), NOTICE, Frame.of(ctx, Optional.empty(), ""), notice);
    }

    /** A notice for an answer written without a request to read a language from: in the one for everyone else. */
    String html(Notice notice) {
        return html(NOTICE, Map.of("frame", Frame.unread(), "page", notice));
    }

    private String html(String template, Map<String, Object> parameters) {
        StringOutput html = new StringOutput();
        templates.render(template, parameters, html);
        return html.toString();
    }
}
