package org.b2b.customers.web.page;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.web.FormFields;
import org.b2b.customers.web.RequestRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages behind sign-in. A visitor without a session is sent to the sign-in page and brought back; a form is
 * accepted only with its session's form token, from a page of this host; whatever the use case refuses is a page
 * in the visitor's language, and what they may not see is the same "not found" page as what does not exist.
 */
public final class SignedInArea {

    static final String NOT_FOUND = "area/not-found.jte";
    static final String REFUSED = "area/refused.jte";

    private static final Logger LOG = LoggerFactory.getLogger(SignedInArea.class);

    private final JavalinConfig config;
    private final Sessions sessions;
    private final Pages pages;
    private final Set<String> shown = new HashSet<>();
    private final Set<String> posted = new LinkedHashSet<>();

    public SignedInArea(JavalinConfig config, Sessions sessions, Pages pages) {
        this.config = config;
        this.sessions = sessions;
        this.pages = pages;
    }

    /** A page that shows something: it changes nothing, so it answers GET. */
    public void get(String path, String section, SignedInPage page) {
        config.routes.get(path, handler(section, page, false));
        shown.add(path);
    }

    /** A form's target: it may change something, so it answers POST only, with the session's form token. */
    public void post(String path, String section, SignedInPage page) {
        config.routes.post(path, handler(section, page, true));
        posted.add(path);
    }

    /** A form anyone may post, signed in or not, which checks for itself where it comes from. */
    void openForm(String path, Handler handler) {
        config.routes.post(path, handler);
        posted.add(path);
    }

    /**
     * Makes a GET of every path that only takes forms a 405 naming POST, rather than a "not found" that would hide
     * that the path exists for another method. Called once every page is added.
     */
    public void answerGetsOfFormsOnly() {
        posted.stream().filter(path -> !shown.contains(path))
                .forEach(path -> config.routes.get(path, this::formsOnly));
    }

    /**
     * Answers a GET of a form's address as {@link #answerGetsOfFormsOnly()} does, but at once: for an address that a
     * path with a parameter added before that ({@code /companies/{id}}) would otherwise take.
     */
    public void answerGetsOfFormOnly(String path) {
        config.routes.get(path, this::formsOnly);
        shown.add(path);
    }

    private void formsOnly(Context ctx) {
        ctx.header("Allow", "POST");
        pages.render(ctx, 405, REFUSED, Frame.of(ctx, sessions.current(ctx), ""), Refusal.of("refused.method"));
    }

    private Handler handler(String section, SignedInPage page, boolean form) {
        return ctx -> {
            Frame frame = Frame.of(ctx, Optional.empty(), section);
            try {
                Optional<SignedIn> session = sessions.current(ctx);
                if (session.isEmpty()) {
                    signInFirst(ctx, form);
                    return;
                }
                frame = Frame.of(ctx, session, section);
                FormFields fields = null;
                if (form) {
                    fields = FormFields.read(ctx, "file").requireStorable();
                    if (!sessions.acceptsForm(ctx, session.get(), fields.value(FormProtection.FIELD))) {
                        refuse(ctx, frame, 403, Refusal.of("refused.form"));
                        return;
                    }
                }
                page.handle(new SignedInPage.Request(ctx, session.get(), frame, fields));
            } catch (DomainException e) {
                switch (e.kind()) {
                    case NOT_FOUND, FORBIDDEN -> pages.render(ctx, 404, NOT_FOUND, frame, "");
                    case UNAUTHENTICATED -> signInFirst(ctx, form);
                    default -> refuse(ctx, frame, statusOf(e), Refusal.of(frame.m(), e));
                }
            } catch (HttpResponseException e) {
                refuse(ctx, frame, e.getStatus(), Refusal.of("refused.request"));
            } catch (RequestRefused e) {
                e.headers().forEach(ctx::header);
                // An upload above the limit is the one refusal a person can act on: they need a smaller file.
                refuse(ctx, frame, e.problem().status(),
                        Refusal.of(e.problem().status() == 413 ? "refused.tooLarge" : "refused.request"));
            } catch (RuntimeException e) {
                LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                refuse(ctx, frame, 500, Refusal.of("refused.internal"));
            }
        };
    }

    /** Sends a visitor without a session to sign in; after a GET they come back to the page they asked for. */
    private void signInFirst(Context ctx, boolean form) {
        String back = form ? "" : "?next=" + URLEncoder.encode(Frame.of(ctx, Optional.empty(), "").here(),
                StandardCharsets.UTF_8);
        ctx.redirect(Paths.SIGN_IN + back, HttpStatus.SEE_OTHER);
    }

    private void refuse(Context ctx, Frame frame, int status, Refusal refusal) {
        pages.render(ctx, status, REFUSED, frame, refusal);
    }

    /** The HTTP status of a page that tells of a refusal of this kind. */
    public static int statusOf(DomainException e) {
        return switch (e.kind()) {
            case INVALID, RULE_VIOLATED -> 422;
            case GONE -> 410;
            case TOO_SOON -> 429;
            default -> 409;
        };
    }
}
