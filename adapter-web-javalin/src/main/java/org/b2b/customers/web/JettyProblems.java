package org.b2b.customers.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.b2b.customers.web.page.RefusalPages;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Problem documents for the requests Jetty refuses before any route sees them (a path with an encoded NUL, one that
 * is not UTF-8 or has an ambiguous segment, a malformed header): the same {@code application/problem+json} as every
 * other refusal, whatever the method, rather than Jetty's HTML error page; on the pages' paths, the pages' own page
 * of a refused request.
 */
final class JettyProblems extends ErrorHandler {

    private final ObjectMapper mapper;
    private final ResponseHeaders headers;

    JettyProblems(ObjectMapper mapper, ResponseHeaders headers) {
        this.mapper = mapper;
        this.headers = headers;
    }

    /** Every method gets an answer with a body; Jetty's own handler writes one for GET, POST and HEAD only. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        boolean page = RefusalPages.serve(String.valueOf(request.getHttpURI().getPath()));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, page ? "text/html; charset=utf-8" : Problems.CONTENT_TYPE);
        // Jetty drops the connection after a request it cannot read; saying so keeps clients from reusing it.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        headers.addTo(response.getHeaders());
        byte[] body = page ? RefusalPages.html(code).getBytes(StandardCharsets.UTF_8) : bodyOf(code);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        fields.put(HttpHeader.CONNECTION, "close");
        headers.addTo(fields);
        return ByteBuffer.wrap(bodyOf(status));
    }

    private byte[] bodyOf(int status) {
        String title = HttpStatus.getMessage(status);
        try {
            return mapper.writeValueAsBytes(Problems.problem(status, "http-" + status, title,
                    status < 500 ? "The server cannot read this request." : "The server could not answer.",
                    "http." + status, List.of()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
