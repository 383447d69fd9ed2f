package org.b2b.customers.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.b2b.customers.web.Problem;
import org.b2b.customers.web.RequestRefused;
import org.eclipse.jetty.http.HttpField;

/**
 * Reads request bodies into the request records of the routes with the API's one mapper. A body must be labelled
 * {@code application/json} (any parameters, such as a charset, and any case): anything else, an unlabelled body
 * included, is a 415, because a body sent as a form or as text was meant as something else and reading it as JSON
 * would guess. A body that is empty, {@code null} or not an object of the expected shape is a 400; unknown fields are
 * ignored.
 */
final class JsonBodies {

    private static final String MEDIA_TYPE = "application/json";

    private final ObjectMapper mapper;

    JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    <T> T read(Context ctx, Class<T> type) throws IOException {
        String contentType = ctx.contentType();
        if (contentType != null && !isJson(contentType)) {
            throw notJson();
        }
        byte[] body = ctx.bodyAsBytes();
        if (contentType == null && body.length > 0) {
            throw notJson();
        }
        T value = body.length == 0 ? null : mapper.readValue(body, type);
        if (value == null) {
            throw RequestRefused.badRequest("request.malformed", "The body must be a JSON object.",
                    List.of(new Problem.FieldProblem("body", "must be a JSON object")));
        }
        return value;
    }

    private static boolean isJson(String contentType) {
        return HttpField.stripParameters(contentType).strip().equalsIgnoreCase(MEDIA_TYPE);
    }

    private static RequestRefused notJson() {
        return RequestRefused.of(415, "unsupported-media-type", "Unsupported media type",
                "Send the body as JSON, with Content-Type: application/json.", "request.not_json");
    }
}
