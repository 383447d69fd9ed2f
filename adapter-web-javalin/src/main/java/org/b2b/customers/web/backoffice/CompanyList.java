package org.b2b.customers.web.backoffice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.b2b.customers.application.company.CompanyDirectory;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.web.page.Choice;
import org.b2b.customers.web.page.FormError;
import org.b2b.customers.web.page.Paths;

/**
 * Members › Companies as shown: the filters as given in the address (so that reload and back keep them), the
 * choices of the filter selects, and one page of the directory, with the companies ticked for a bulk action
 * ({@code allSelected} when the user asked for the whole page).
 */
public record CompanyList(Map<String, String> filters, Optional<String> cursor, CompanyDirectory directory,
        List<Choice> customerGroups, List<Choice> salesRepresentatives, List<Choice> countries, List<FormError> errors,
        boolean allSelected, Set<String> selected) {

    public static final String BULK = Paths.COMPANIES + "/bulk";
    public static final String EXPORT = Paths.COMPANIES + "/export.csv";
    /** The most companies one export holds: beyond it, the filters have to narrow the list. */
    public static final int EXPORT_CAP = 100_000;
    /** The prefix of the list's own parameters in the bulk form, apart from the bulk action's fields. */
    public static final String LIST_PARAMETER = "list.";
    /** Where a company's box is named in the bulk form. */
    public static final String COMPANY_ID = "companyId";

    /** The parameters of the address that select companies, in the order they are written. */
    static final List<String> FILTERS = List.of("q", "customerGroupId", "salesRepresentativeId", "status", "country",
            "sort", "size");
    public static final List<String> SORTS = List.of("name", "-name", "created", "-created", "updated", "-updated");
    public static final List<Integer> SIZES = List.of(25, 50, 100, 200);

    public CompanyList {
        filters = Map.copyOf(filters);
        selected = Set.copyOf(selected);
    }

    /** The list's parameters as the bulk form carries them, so that its pages lead back to this list. */
    public Map<String, String> carried() {
        Map<String, String> carried = new LinkedHashMap<>();
        FILTERS.stream().filter(f -> !filter(f).isEmpty()).forEach(f -> carried.put(LIST_PARAMETER + f, filter(f)));
        cursor.ifPresent(c -> carried.put(LIST_PARAMETER + "cursor", c));
        return carried;
    }

    public boolean ticked(CompanyId id) {
        return allSelected || selected.contains(id.value().toString());
    }

    /** This page of the list again, as it is. */
    public String here() {
        Map<String, String> same = new LinkedHashMap<>(filters);
        cursor.ifPresent(c -> same.put("cursor", c));
        return address(Paths.COMPANIES, same);
    }

    /** This page with every company on it ticked: the "select all" that needs no script. */
    public String withAllSelected() {
        Map<String, String> all = new LinkedHashMap<>(filters);
        cursor.ifPresent(c -> all.put("cursor", c));
        all.put("select", "page");
        return address(Paths.COMPANIES, all);
    }

    /** Every company that matches, not only this page, as a spreadsheet: the filters and sort, no paging. */
    public String export() {
        Map<String, String> matching = new LinkedHashMap<>(filters);
        matching.remove("size");
        return address(EXPORT, matching);
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
        return address(Paths.COMPANIES, changed);
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
        return address(Paths.COMPANIES, changed);
    }

    private static String address(String path, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return path + (query.isEmpty() ? "" : "?" + query);
    }
}
