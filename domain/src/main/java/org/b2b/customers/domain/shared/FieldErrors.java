package org.b2b.customers.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the errors of several fields so that a form or request learns about every wrong field at once
 * instead of one per round trip. A field keeps its first error: later checks of a field already known to be
 * wrong would only repeat it in other words.
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    /** Runs one parse; on invalid input records its errors and answers {@code null}. */
    public <T> T check(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            e.errors().forEach(this::add);
            return null;
        }
    }

    /** As {@link #check(Supplier)}, with the errors put under a parent field. */
    public <T> T check(String parent, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            e.under(parent).errors().forEach(this::add);
            return null;
        }
    }

    public void add(String field, String code, String message) {
        add(new FieldError(field, code, message));
    }

    public void add(FieldError error) {
        if (!hasError(error.field())) {
            errors.add(error);
        }
    }

    public boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
