package org.b2b.customers.web.backoffice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.b2b.customers.application.company.CompanyDirectory;
import org.b2b.customers.web.page.Choice;
import org.b2b.customers.web.page.FormError;
import org.b2b.customers.web.page.Paths;

/**
 * Members › Companies as shown: the filters as given in the address (so that reload and back keep them), the
 * choices of the filter selects, and one page of the directory.
 */
public record CompanyList(Map<String, String> filters, CompanyDirectory directory, List<Choice> customerGroups,
        List<Choice> salesRepresentatives, List<Choice> countries, List<FormError> errors) {

    /** The parameters of the address that select companies, in the order they are written. */
    static final List<String> FILTERS = List.of("q", "customerGroupId", "salesRepresentativeId", "status", "country",
            "sort", "size");
    public static final List<String> SORTS = List.of("name", "-name", "created", "-created", "updated", "-updated");
    public static final List<Integer> SIZES = List.of(25, 50, 100, 200);

    public CompanyList {
        filters = Map.copyOf(filters);
    }

    public String filter(String name) {
        return filters.getOrDefault(name, "");
    }

    /** Whether anything narrows the list, so that an empty one is "nothing matches", not "nothing yet". */
    public boolean filtered() {
        return FILTERS.stream().filter(f -> !f.equals("sort") && !f.equals("size")).anyMatch(f -> !filter(f).isEmpty());
    }

    public Optional<String> next() {
        return directory.nextCursor().map(this::withCursor);
    }

    public Optional<String> previous() {
        return directory.previousCursor().map(this::withCursor);
    }

    /** The address of this list sorted otherwise, from its first page. */
    public String sortedBy(String sort) {
        Map<String, String> changed = new LinkedHashMap<>(filters);
        changed.put("sort", sort);
        return address(changed);
    }

    /** The sort a column's header switches to: ascending first, then the other way. */
    public String toggled(String column) {
        return filter("sort").equals(column) || (column.equals("name") && filter("sort").isEmpty())
                ? "-" + column : column;
    }

    /** {@code ascending}, {@code descending} or {@code none}, as aria-sort says of a column. */
    public String ariaSort(String column) {
        String sort = filter("sort").isEmpty() ? "name" : filter("sort");
        return sort.equals(column) ? "ascending" : sort.equals("-" + column) ? "descending" : null;
    }

    private String withCursor(String cursor) {
        Map<String, String> changed = new LinkedHashMap<>(filters);
        changed.put("cursor", cursor);
        return address(changed);
    }

    private static String address(Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return Paths.COMPANIES + (query.isEmpty() ? "" : "?" + query);
    }
}
