package org.b2b.customers.web.page;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.b2b.customers.web.TrustedProxies;

/** Whether a form was posted from a page of this host, as far as the browser names where it comes from. */
final class SameOrigin {

    private final TrustedProxies proxies;

    SameOrigin(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    /**
     * Browsers send {@code Origin: null} for a form posted from a page with {@code Referrer-Policy: no-referrer},
     * as ours are, so "null" names no origin to check; the cookie alone guards that case.
     */
    boolean accepts(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("null")) {
            return fromThisHost(origin, ctx);
        }
        String referer = ctx.header("Referer");
        return referer == null || fromThisHost(referer, ctx);
    }

    /** A trusted proxy in front may pass the public host on in X-Forwarded-Host. */
    private boolean fromThisHost(String url, Context ctx) {
        Optional<URI> source = parse(url);
        String forwardedHost = proxies.forwarded(ctx, "X-Forwarded-Host").orElse(null);
        return source.isPresent() && Stream.of(ctx.header("Host"), forwardedHost)
                .filter(host -> host != null && !host.isBlank())
                .map(host -> parse("http://" + host.split(",")[0].strip()))
                .flatMap(Optional::stream)
                .anyMatch(host -> sameAuthority(source.get(), host));
    }

    private static boolean sameAuthority(URI source, URI host) {
        int sourcePort = source.getPort() != -1 ? source.getPort() : defaultPort(source.getScheme());
        int hostPort = host.getPort() != -1 ? host.getPort() : sourcePort;
        return host.getHost().toLowerCase(Locale.ROOT).equals(source.getHost().toLowerCase(Locale.ROOT))
                && hostPort == sourcePort;
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    private static Optional<URI> parse(String url) {
        try {
            URI uri = new URI(url);
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
