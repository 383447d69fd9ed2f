package org.b2b.customers.web;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.InvalidInputException;
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
        config.routes.exception(DomainException.class, (e, ctx) -> send(ctx, fromDomain(e, ctx)));
        config.routes.exception(JacksonException.class, (e, ctx) ->
                send(ctx, problem(400, "malformed-request", "Malformed request", "The body is not JSON of the expected shape.", "request.malformed", List.of())));
        config.routes.exception(HttpResponseException.class, (e, ctx) ->
                send(ctx, problem(e.getStatus(), "http-" + e.getStatus(), e.getMessage(), e.getMessage(), "http." + e.getStatus(), List.of())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
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
            case CONFLICT -> e.code().endsWith(".stale_version") && ctx.header("If-Match") != null ? 412 : 409;
            case RULE_VIOLATED -> 422;
            case FORBIDDEN -> 403;
            case UNAUTHENTICATED -> 401;
        };
        List<Problem.FieldProblem> fields = e instanceof InvalidInputException invalid
                ? invalid.errors().stream().map(f -> new Problem.FieldProblem(f.field(), f.message())).toList()
                : List.of();
        return problem(status, e.code().replace('.', '-').replace('_', '-'), titleOf(e), e.getMessage(), e.code(), fields);
    }

    private static String titleOf(DomainException e) {
        return switch (e.kind()) {
            case INVALID -> "Invalid input";
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Conflict";
            case RULE_VIOLATED -> "Not allowed by a business rule";
            case FORBIDDEN -> "Forbidden";
            case UNAUTHENTICATED -> "Not authenticated";
        };
    }

    static Problem problem(int status, String type, String title, String detail, String code,
            List<Problem.FieldProblem> errors) {
        return new Problem("/problems/" + type, title, status, detail, code, errors);
    }

    static void send(Context ctx, Problem problem) {
        ctx.status(problem.status()).json(problem).contentType(CONTENT_TYPE);
    }
}
