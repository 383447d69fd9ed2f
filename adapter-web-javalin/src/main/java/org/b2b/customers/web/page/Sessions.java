package org.b2b.customers.web.page;

import static java.nio.charset.StandardCharsets.US_ASCII;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.b2b.customers.application.user.IssuedAccessToken;
import org.b2b.customers.application.user.UserUseCases;
import org.b2b.customers.application.user.ResolvedUser;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.web.TrustedProxies;

/**
 * Browser sessions. A session is an access token of the same kind as the API's bearer tokens, held in an
 * {@code HttpOnly} cookie: stored only as a hash in the database, it ends at logout, after 30 minutes unused and
 * 12 hours after sign-in, and as soon as its user is disabled or their company deactivated, on every server alike.
 * Each sign-in makes a new one. A form carries a token derived from the session's, which another site can neither
 * read nor guess, and must come from a page of this host.
 */
public final class Sessions {

    static final String COOKIE = "cm_session";

    private final UserUseCases users;
    private final TrustedProxies proxies;
    private final SameOrigin origin;
    private final boolean secureCookies;

    public Sessions(UserUseCases users, TrustedProxies proxies, boolean secureCookies) {
        this.users = users;
        this.proxies = proxies;
        this.origin = new SameOrigin(proxies);
        this.secureCookies = secureCookies;
    }

    /** Who this browser is signed in as, or empty when it holds no live session. */
    public Optional<SignedIn> current(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        try {
            ResolvedUser resolved = users.resolveToken().resolveUser(token);
            return Optional.of(new SignedIn(resolved.actor(), resolved.user(), formTokenOf(token)));
        } catch (DomainException e) {
            if (e.kind() != ErrorKind.UNAUTHENTICATED && e.kind() != ErrorKind.FORBIDDEN) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** Signs in with an email and password, through the same checks and limits as the API's login. */
    SignedIn start(Context ctx, String email, String password) {
        IssuedAccessToken issued = users.issueToken().issue(new AuthenticateCommand(email, password,
                proxies.clientOf(ctx)));
        ctx.cookie(cookie(issued.token(), -1));
        return new SignedIn(Actor.of(issued.user().id()), issued.user(), formTokenOf(issued.token()));
    }

    /** Ends this browser's session, here and on every server. */
    void end(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token != null && !token.isEmpty()) {
            users.revokeToken().revoke(token);
        }
        ctx.cookie(cookie("", 0));
    }

    /** Whether a form posted in this session comes from one of our pages. */
    public boolean acceptsForm(Context ctx, SignedIn session, String sentFormToken) {
        return sentFormToken != null
                && MessageDigest.isEqual(session.formToken().getBytes(US_ASCII), sentFormToken.getBytes(US_ASCII))
                && origin.accepts(ctx);
    }

    /** A one-way function of the session token: a page may show it, since it does not give the session away. */
    private static String formTokenOf(String sessionToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("form:" + sessionToken).getBytes(US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Lax, so that a link from a mail to a page of ours arrives signed in; posts from other sites arrive without. */
    private Cookie cookie(String value, int maxAge) {
        return new Cookie(COOKIE, value, "/", maxAge, secureCookies, true, null, SameSite.LAX);
    }
}
