package org.b2b.customers.web;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the HTTP layer itself turns away, before any use case runs: a body that is not JSON, a malformed
 * header, too many failed logins. {@link Problems} answers it with the problem it carries.
 */
public final class RequestRefused extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    private RequestRefused(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = requireNonNull(problem);
        this.headers = Map.copyOf(headers);
    }

    private RequestRefused(Problem problem) {
        this(problem, Map.of());
    }

    /** A 400: the request cannot be read, with the fields (or headers) that are to blame. */
    public static RequestRefused badRequest(String code, String detail, List<Problem.FieldProblem> errors) {
        return new RequestRefused(Problems.problem(400, "malformed-request", "Malformed request", detail, code, errors));
    }

    /** A 400 naming one field or header. */
    public static RequestRefused badRequest(String code, String field, String message) {
        return badRequest(code, field + ": " + message, List.of(new Problem.FieldProblem(field, message)));
    }

    /** A 413: a body or uploaded file above the server's limit. */
    public static RequestRefused tooLarge(String code, String field, String message) {
        return new RequestRefused(Problems.problem(413, "too-large", "Too large", field + ": " + message, code,
                List.of(new Problem.FieldProblem(field, message))));
    }

    /** Any other status, with its own problem type. */
    public static RequestRefused of(int status, String type, String title, String detail, String code) {
        return new RequestRefused(Problems.problem(status, type, title, detail, code, List.of()));
    }

    /** The same refusal, telling the client after how many seconds it may try again. */
    public RequestRefused retryAfter(long seconds) {
        return withHeader("Retry-After", Long.toString(seconds));
    }

    /** The same refusal, telling the client that the server closes the connection after it. */
    public RequestRefused closingTheConnection() {
        return withHeader("Connection", "close");
    }

    private RequestRefused withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new RequestRefused(problem, more);
    }

    public Problem problem() {
        return problem;
    }

    /** Headers the answer carries beside the problem body. */
    public Map<String, String> headers() {
        return headers;
    }
}
