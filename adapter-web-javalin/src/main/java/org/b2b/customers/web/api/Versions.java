package org.b2b.customers.web.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.b2b.customers.application.common.ExpectedVersion;
import org.b2b.customers.web.RequestRefused;

/**
 * Optimistic locking over HTTP: an editable resource's {@code version} goes out as its strong {@code ETag}
 * ({@code "3"}), and comes back in {@code If-Match} as the versions a change applies to. {@code If-Match} is read
 * as RFC 9110 (section 13.1.1) has it: {@code *} matches any current version; a list of entity tags matches when
 * one of them matches by the strong comparison, so a weak tag ({@code W/"3"}) never matches, nor does a tag this
 * API never sends ({@code "03"}, {@code "abc"}); a header of another shape is a 400. The grammar is checked here,
 * strictly, because that 400 must be told apart from a 412: a lenient list parser such as Jetty's {@code QuotedCSV}
 * reads a malformed header as some list of values instead.
 */
final class Versions {

    private static final String HEADER = "If-Match";
    /** The longest version text that always fits in a {@code long}. */
    private static final int MAX_DIGITS = 18;

    private Versions() {}

    static void tag(Context ctx, long version) {
        ctx.header("ETag", "\"" + version + "\"");
    }

    /** The versions the request's {@code If-Match} lets a change apply to; its field lines are one list. */
    static ExpectedVersion expected(Context ctx) {
        List<String> lines = Collections.list(ctx.req().getHeaders(HEADER));
        return lines.isEmpty() ? ExpectedVersion.any() : parse(String.join(", ", lines));
    }

    /** The versions an {@code If-Match} field value names; a value that is not {@code *} or an entity-tag list is a 400. */
    static ExpectedVersion parse(String value) {
        String field = trim(value);
        if (field.equals("*")) {
            return ExpectedVersion.any();
        }
        List<Long> versions = new ArrayList<>();
        int tags = 0;
        int i = 0;
        while (i < field.length()) {
            if (field.charAt(i) == ',' || isSpace(field.charAt(i))) {
                i++; // empty list elements and the whitespace around commas count for nothing
                continue;
            }
            boolean weak = field.startsWith("W/", i);
            int open = weak ? i + 2 : i;
            int close = closingQuote(field, open);
            String opaque = field.substring(open + 1, close);
            tags++;
            if (!weak && isVersion(opaque)) {
                versions.add(Long.parseLong(opaque));
            }
            i = close + 1;
            while (i < field.length() && isSpace(field.charAt(i))) {
                i++;
            }
            if (i < field.length() && field.charAt(i) != ',') {
                throw malformed();
            }
        }
        if (tags == 0) {
            throw malformed();
        }
        return ExpectedVersion.oneOf(versions);
    }

    /** Where the opaque tag that opens at {@code open} closes; only {@code etagc} characters may come between. */
    private static int closingQuote(String field, int open) {
        if (open >= field.length() || field.charAt(open) != '"') {
            throw malformed();
        }
        for (int i = open + 1; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '"') {
                return i;
            }
            if (c < 0x21 || c == 0x7F || c > 0xFF) {
                throw malformed();
            }
        }
        throw malformed();
    }

    /** Whether a strong tag's text is a version as {@link #tag} writes it: digits, no leading zero. */
    private static boolean isVersion(String opaque) {
        if (opaque.isEmpty() || opaque.length() > MAX_DIGITS || opaque.length() > 1 && opaque.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < opaque.length(); i++) {
            if (opaque.charAt(i) < '0' || opaque.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String trim(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    /** HTTP's optional whitespace: space and horizontal tab only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static RequestRefused malformed() {
        return RequestRefused.badRequest("request.invalid_if_match", HEADER,
                "must be * or a list of entity tags, such as \"3\" or \"3\", \"4\"");
    }
}
