package org.b2b.customers.web;

import java.net.URI;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The headers of every answer, set before any route, page or refusal writes its own: nothing is kept by a browser's
 * or a proxy's cache (answers carry personal data and registration secrets), no content is sniffed into another
 * type, and behind an https public address browsers are told to use https only.
 */
final class ResponseHeaders extends Handler.Wrapper {

    /** A year, as the HSTS preload list asks; subdomains are left out, as they may be other services. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private final boolean httpsOnly;

    ResponseHeaders(URI publicUrl) {
        this.httpsOnly = publicUrl != null && "https".equalsIgnoreCase(publicUrl.getScheme());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        addTo(response.getHeaders());
        return super.handle(request, response, callback);
    }

    /** Also for the answers Jetty writes itself to requests it cannot read, which no handler sees. */
    void addTo(HttpFields.Mutable headers) {
        headers.put("Cache-Control", "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        if (httpsOnly) {
            headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
