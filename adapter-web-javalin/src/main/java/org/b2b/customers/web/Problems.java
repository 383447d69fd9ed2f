package org.b2b.customers.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.b2b.customers.application.user.SignInHeld;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.StaleVersionException;
import org.b2b.customers.domain.shared.StorableText;
import org.b2b.customers.domain.shared.TooSoonException;
import org.b2b.customers.web.page.RefusalPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where refusals become HTTP answers: every error is an {@code application/problem+json} body with
 * a status chosen by the refusal's kind, and nothing unexpected ever shows a stack trace to the client.
 */
public final class Problems {

    public static final String CONTENT_TYPE = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {}

    /** Installs the mapping on a server configuration. */
    public static void install(JavalinConfig config) {
        config.routes.exception(DomainException.class, (e, ctx) -> {
            if (e instanceof TooSoonException tooSoon) {
                ctx.header("Retry-After", String.valueOf(wholeSeconds(tooSoon.waitTime())));
            }
            send(ctx, fromDomain(e, ctx));
        });
        config.routes.exception(SignInHeld.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            send(ctx, e.busy()
                    ? problem(503, "busy", "Busy", e.getMessage(), e.code(), List.of())
                    : problem(429, "too-many-logins", "Too many failed logins", e.getMessage(), e.code(), List.of()));
        });
        config.routes.exception(RequestRefused.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            send(ctx, e.problem());
        });
        config.routes.exception(JacksonException.class, (e, ctx) -> send(ctx, e instanceof UnstorableText unstorable
                ? fromDomain(InvalidInputException.of(fieldOf(unstorable), StorableText.CODE, StorableText.MESSAGE), ctx)
                : fromJson(e)));
        config.routes.exception(HttpResponseException.class, (e, ctx) ->
                send(ctx, problem(e.getStatus(), "http-" + e.getStatus(), e.getMessage(), e.getMessage(), "http." + e.getStatus(), List.of())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), LoggedPaths.masked(ctx.path()), e);
            send(ctx, problem(500, "internal", "Internal error", "Something went wrong on our side; nothing was changed.", "internal", List.of()));
        });
        config.routes.error(404, ctx -> {
            if (!CONTENT_TYPE.equals(ctx.res().getContentType())) {
                send(ctx, problem(404, "not-found", "Not found", "There is nothing at " + ctx.path() + ".", "route.not_found", List.of()));
            }
        });
    }

    static Problem fromDomain(DomainException e, Context ctx) {
        int status = switch (e.kind()) {
            case INVALID -> 422;
            case NOT_FOUND -> 404;
            case CONFLICT -> e instanceof StaleVersionException && ctx.header("If-Match") != null ? 412 : 409;
            case GONE -> 410;
            case RULE_VIOLATED -> 422;
            case FORBIDDEN -> 403;
            case UNAUTHENTICATED -> 401;
            case TOO_SOON -> 429;
        };
        List<Problem.FieldProblem> fields = e instanceof InvalidInputException invalid
                ? invalid.errors().stream().map(f -> new Problem.FieldProblem(f.field(), f.message(), f.code())).toList()
                : List.of();
        String title = status == 412 ? "Precondition failed" : titleOf(e);
        return problem(status, e.code().replace('.', '-').replace('_', '-'), title, e.getMessage(), e.code(), fields);
    }

    /** Whole seconds, rounded up so that a client waiting that long is never early; at least one. */
    private static long wholeSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** A body that is not JSON, or JSON of the wrong shape: a 400 naming the field when there is one. */
    static Problem fromJson(JacksonException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldOf(mapping);
            String message = e instanceof MismatchedInputException mismatch ? expected(mismatch.getTargetType()) : "has the wrong type";
            return problem(400, "malformed-request", "Malformed request", field + ": " + message, "request.malformed",
                    List.of(new Problem.FieldProblem(field, message)));
        }
        return problem(400, "malformed-request", "Malformed request", "The body is not JSON of the expected shape.",
                "request.malformed", List.of(new Problem.FieldProblem("body", "must be a JSON object")));
    }

    private static String fieldOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "must be a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a number";
        }
        return "must be an object";
    }

    private static String titleOf(DomainException e) {
        return switch (e.kind()) {
            case INVALID -> "Invalid input";
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Conflict";
            case GONE -> "Gone";
            case RULE_VIOLATED -> "Not allowed by a business rule";
            case FORBIDDEN -> "Forbidden";
            case UNAUTHENTICATED -> "Not authenticated";
            case TOO_SOON -> "Too many requests";
        };
    }

    static Problem problem(int status, String type, String title, String detail, String code,
            List<Problem.FieldProblem> errors) {
        return new Problem("/problems/" + type, title, status, detail, code, errors);
    }

    /** Answers a refusal: a problem document, or on the pages' paths a page. */
    static void send(Context ctx, Problem problem) {
        if (!UnreadBody.drain(ctx)) {
            // Saying so keeps the client from sending its next request on a connection about to close.
            ctx.header("Connection", "close");
        }
        if (RefusalPages.serve(ctx.path())) {
            RefusalPages.send(ctx, problem.status());
        } else {
            ctx.status(problem.status()).json(problem).contentType(CONTENT_TYPE);
        }
    }
}
