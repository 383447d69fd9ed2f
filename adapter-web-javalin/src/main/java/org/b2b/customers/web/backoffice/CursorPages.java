package org.b2b.customers.web.backoffice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.b2b.customers.web.page.SignedInPage.Request;

/**
 * The links of a list that its use case pages forward only, by cursor: back to the first page and on to the next,
 * both keeping the list's filters. There is no "previous": the cursor of a page says where it ends, not where the one
 * before it began, and the browser's Back button goes there anyway.
 */
public record CursorPages(String path, Map<String, String> filters, boolean onFirstPage, Optional<String> nextCursor) {

    public CursorPages {
        filters = Map.copyOf(filters);
    }

    /** The cursor the address asks for; none, or a blank one, means the first page. */
    static Optional<String> cursorOf(Request request) {
        return Optional.ofNullable(request.ctx().queryParam("cursor")).filter(c -> !c.isBlank());
    }

    /** Empty on the first page itself. */
    public Optional<String> first() {
        return onFirstPage ? Optional.empty() : Optional.of(address(Optional.empty()));
    }

    public Optional<String> next() {
        return nextCursor.map(cursor -> address(Optional.of(cursor)));
    }

    public boolean any() {
        return first().isPresent() || next().isPresent();
    }

    private String address(Optional<String> cursor) {
        Map<String, String> parameters = new TreeMap<>(filters);
        cursor.ifPresent(c -> parameters.put("cursor", c));
        String query = parameters.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return path + (query.isEmpty() ? "" : "?" + query);
    }
}
