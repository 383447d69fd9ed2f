package org.b2b.customers.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser with an empty cache fetches for one page of ours: the page, then every stylesheet, script and image
 * it names in {@code link}, {@code script} and {@code img} elements, and what the stylesheets name by {@code url()}
 * or {@code @import}, over one new keep-alive connection, with or without {@code Accept-Encoding: gzip}. Bytes are
 * counted as they came, headers included. A resource of another origin is listed, not fetched: nothing leaves this
 * machine.
 */
final class PageWeight {

    private static final Pattern ELEMENT = Pattern.compile("<(link|script|img)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(?:href|src)\\s*=\\s*[\"']([^\"']+)[\"']",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_REFERENCE = Pattern.compile(
            "url\\(\\s*[\"']?([^\"')]+)[\"']?\\s*\\)|@import\\s+[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);

    /** One fetched file: its address, what it is, its status, how it was encoded and its bytes. */
    record Resource(String url, String kind, int status, Optional<String> encoding, long bodyBytes, long wireBytes) {}

    /**
     * The page and what it references: the resources fetched (the page first), the addresses of other origins, and
     * whether gzip was offered.
     */
    record Weight(boolean gzipOffered, List<Resource> fetched, List<String> otherOrigins) {

        long totalBytes() {
            return fetched.stream().mapToLong(Resource::wireBytes).sum();
        }

        long bytesOf(String kind) {
            return fetched.stream().filter(resource -> resource.kind().equals(kind)).mapToLong(Resource::wireBytes)
                    .sum();
        }

        /** How the server encoded the page itself, "identity" when it did not. */
        String pageEncoding() {
            return fetched.get(0).encoding().orElse("identity");
        }

        long failures() {
            return fetched.stream().filter(resource -> resource.status() != 200).count();
        }
    }

    private PageWeight() {}

    /** Fetches the page at {@code path} of our server on {@code port}, sending the session's cookie, and all it names. */
    static Weight measure(int port, String sessionCookie, String path, boolean gzip) throws IOException {
        List<String> headers = new ArrayList<>(List.of("Accept: text/html,*/*;q=0.8", "Cookie: " + sessionCookie));
        if (gzip) {
            headers.add("Accept-Encoding: gzip");
        }
        URI origin = URI.create("http://127.0.0.1:" + port + "/");
        List<Resource> fetched = new ArrayList<>();
        List<String> otherOrigins = new ArrayList<>();
        try (KeepAliveConnection connection = new KeepAliveConnection(port, headers)) {
            KeepAliveConnection.Answer page = connection.get(path);
            fetched.add(resource(path, page));
            Set<URI> pending = new LinkedHashSet<>(referencesOfPage(origin.resolve(path), page.body()));
            Set<URI> seen = new LinkedHashSet<>();
            while (!pending.isEmpty()) {
                URI next = pending.iterator().next();
                pending.remove(next);
                if (!seen.add(next)) {
                    continue;
                }
                if (!sameOrigin(origin, next)) {
                    otherOrigins.add(next.toString());
                    continue;
                }
                KeepAliveConnection.Answer answer = connection.get(next.getRawPath()
                        + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()));
                Resource resource = resource(next.getRawPath(), answer);
                fetched.add(resource);
                if (resource.kind().equals("css")) {
                    pending.addAll(referencesOfStylesheet(next, answer.body()));
                }
            }
        }
        return new Weight(gzip, fetched, otherOrigins);
    }

    /** The addresses a page's link, script and img elements name, resolved against the page's own. */
    static List<URI> referencesOfPage(URI base, String html) {
        List<URI> found = new ArrayList<>();
        Matcher element = ELEMENT.matcher(html);
        while (element.find()) {
            Matcher reference = REFERENCE.matcher(element.group(2));
            if (reference.find()) {
                add(found, base, reference.group(1));
            }
        }
        return found;
    }

    /** The addresses a stylesheet names by url() or @import, resolved against the stylesheet's own. */
    static List<URI> referencesOfStylesheet(URI base, String css) {
        List<URI> found = new ArrayList<>();
        Matcher reference = CSS_REFERENCE.matcher(css);
        while (reference.find()) {
            add(found, base, reference.group(1) != null ? reference.group(1) : reference.group(2));
        }
        return found;
    }

    private static void add(List<URI> found, URI base, String reference) {
        // Inline data is counted with the text that holds it.
        String plain = reference.strip().replace("&amp;", "&");
        if (!plain.startsWith("data:") && !plain.startsWith("#")) {
            found.add(base.resolve(plain));
        }
    }

    private static boolean sameOrigin(URI origin, URI uri) {
        return origin.getScheme().equalsIgnoreCase(uri.getScheme()) && origin.getHost().equalsIgnoreCase(uri.getHost())
                && origin.getPort() == uri.getPort();
    }

    private static Resource resource(String path, KeepAliveConnection.Answer answer) {
        String type = answer.contentType().orElse("").toLowerCase(Locale.ROOT);
        String kind = type.startsWith("text/html") ? "html" : type.startsWith("text/css") ? "css"
                : type.contains("javascript") ? "js" : type.startsWith("image/") ? "image" : "other";
        return new Resource(path, kind, answer.status(), answer.contentEncoding(), answer.bodyBytes(),
                answer.wireBytes());
    }
}
