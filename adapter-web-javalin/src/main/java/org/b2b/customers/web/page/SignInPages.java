package org.b2b.customers.web.page;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.user.SignInHeld;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.web.FormFields;
import org.b2b.customers.web.TrustedProxies;

/**
 * One sign-in page for staff and customers, logout, and the language switch. {@code GET /} sends a visitor to
 * sign in, and someone signed in to where they start.
 */
public final class SignInPages {

    private static final String SIGN_IN = "area/sign-in.jte";

    private final Sessions sessions;
    private final Pages pages;
    private final FormProtection protection;
    private final SameOrigin origin;
    private final boolean secureCookies;

    private SignInPages(Sessions sessions, Pages pages, TrustedProxies proxies, boolean secureCookies) {
        this.sessions = sessions;
        this.pages = pages;
        this.protection = new FormProtection(proxies);
        this.origin = new SameOrigin(proxies);
        this.secureCookies = secureCookies;
    }

    /** Adds sign-in, logout, the language switch and the start page to a server being configured. */
    public static void install(JavalinConfig config, SignedInArea area, Sessions sessions, Pages pages,
            TrustedProxies proxies, boolean secureCookies) {
        SignInPages signIn = new SignInPages(sessions, pages, proxies, secureCookies);
        config.routes.get("/", signIn::start);
        config.routes.get(Paths.SIGN_IN, signIn::show);
        config.routes.post(Paths.SIGN_IN, signIn::submit);
        area.openForm(Paths.LANGUAGE, signIn::chooseLanguage);
        area.post(Paths.SIGN_OUT, "", request -> {
            sessions.end(request.ctx());
            request.ctx().redirect(Paths.SIGN_IN + "?notice=signed-out", HttpStatus.SEE_OTHER);
        });
        area.get(Paths.NO_COMPANY, "", request -> pages.render(request.ctx(), 200, "area/no-company.jte",
                request.frame(), ""));
    }

    private void start(Context ctx) {
        ctx.redirect(sessions.current(ctx).map(SignedIn::home).orElse(Paths.SIGN_IN), HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx) {
        Optional<SignedIn> session = sessions.current(ctx);
        if (session.isPresent()) {
            ctx.redirect(nextOf(ctx.queryParam("next")).orElse(session.get().home()), HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, 200, "", List.of());
    }

    private void submit(Context ctx) {
        FormFields fields = FormFields.read(ctx, "body");
        Messages m = Languages.of(ctx);
        String email = fields.value("email");
        if (!protection.accepts(ctx, fields.value(FormProtection.FIELD))) {
            render(ctx, 403, email, List.of(new FormError("", m.text("signIn.formExpired"))));
            return;
        }
        List<FormError> errors = new ArrayList<>();
        if (email == null || email.isBlank()) {
            errors.add(new FormError("email", m.text("signIn.emailMissing")));
        }
        String password = fields.value("password");
        if (password == null || password.isEmpty()) {
            errors.add(new FormError("password", m.text("signIn.passwordMissing")));
        }
        if (!errors.isEmpty()) {
            render(ctx, 422, email, errors);
            return;
        }
        try {
            SignedIn session = sessions.start(ctx, email.strip(), password);
            protection.forget(ctx);
            ctx.redirect(nextOf(fields.value("next")).orElse(session.home()), HttpStatus.SEE_OTHER);
        } catch (SignInHeld e) {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            render(ctx, e.busy() ? 503 : 429, email, List.of(new FormError("",
                    m.text(e.busy() ? "signIn.busy" : "signIn.held", m.number(e.retryAfterSeconds())))));
        } catch (InvalidInputException e) {
            render(ctx, 422, email, List.of(new FormError("email", m.text("signIn.wrong"))));
        } catch (DomainException e) {
            if (e.kind() != ErrorKind.UNAUTHENTICATED && e.kind() != ErrorKind.FORBIDDEN) {
                throw e;
            }
            render(ctx, 401, email, List.of(new FormError("", m.text("signIn.wrong"))));
        }
    }

    private void render(Context ctx, int status, String email, List<FormError> errors) {
        String next = nextOf(ctx.formParamMap().isEmpty() ? ctx.queryParam("next") : ctx.formParam("next")).orElse("");
        pages.render(ctx, status, SIGN_IN, Frame.of(ctx, Optional.empty(), ""),
                new SignInForm(email == null ? "" : email, next, protection.issue(ctx), errors));
    }

    /** Where a language switch or sign-in came from, if it is a page of ours. */
    private static Optional<String> nextOf(String path) {
        return Optional.ofNullable(path).filter(Paths::isLocal);
    }

    /** Changing the language changes nothing stored, but it is still a post, from a page of this host. */
    private void chooseLanguage(Context ctx) {
        FormFields fields = FormFields.read(ctx, "body");
        if (origin.accepts(ctx)) {
            Languages.choose(ctx, fields.value("language"), secureCookies);
        }
        ctx.redirect(nextOf(fields.value("back")).orElse("/"), HttpStatus.SEE_OTHER);
    }
}
