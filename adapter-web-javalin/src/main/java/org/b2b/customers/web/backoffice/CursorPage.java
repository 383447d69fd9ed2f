package org.b2b.customers.web.backoffice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.web.page.FormError;
import org.b2b.customers.web.page.SignedInPage.Request;

/**
 * One page of a list that its use case pages by cursor, read at the cursor the address asks for: its items, the
 * links to the first and next page, and the status and errors to answer with.
 */
record CursorPage<T>(List<T> items, CursorPages links, int status, List<FormError> errors) {

    CursorPage {
        items = List.copyOf(items);
        errors = List.copyOf(errors);
    }

    /**
     * Reads the page through {@code list}; the list's links lead to {@code path} with its {@code filters}. Input the
     * use case refuses comes from a hand-edited or outdated address: the page says, in {@code refusal}'s words, what
     * cannot be used, and shows nothing rather than guess.
     */
    static <T> CursorPage<T> read(Request request, String path, Map<String, String> filters,
            Function<PageRequest, Page<T>> list, Function<InvalidInputException, List<FormError>> refusal) {
        Optional<String> cursor = CursorPages.cursorOf(request);
        Page<T> page;
        int status = 200;
        List<FormError> errors = List.of();
        try {
            page = list.apply(new PageRequest(PageRequest.DEFAULT_LIMIT, cursor));
        } catch (InvalidInputException e) {
            page = new Page<>(List.of(), Optional.empty());
            status = 422;
            errors = refusal.apply(e);
        }
        return new CursorPage<>(page.items(), new CursorPages(path, filters, cursor.isEmpty(), page.nextCursor()),
                status, errors);
    }
}
