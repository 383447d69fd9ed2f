package org.b2b.customers.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.b2b.customers.web.Problem;
import org.b2b.customers.web.RequestRefused;

/**
 * Reads request bodies into the request records of the routes with the API's one mapper. A body that is empty,
 * {@code null} or not an object of the expected shape is a 400; unknown fields are ignored.
 */
final class JsonBodies {

    private final ObjectMapper mapper;

    JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    <T> T read(Context ctx, Class<T> type) throws IOException {
        byte[] body = ctx.bodyAsBytes();
        T value = body.length == 0 ? null : mapper.readValue(body, type);
        if (value == null) {
            throw RequestRefused.badRequest("request.malformed", "The body must be a JSON object.",
                    List.of(new Problem.FieldProblem("body", "must be a JSON object")));
        }
        return value;
    }
}
