package org.b2b.customers.domain.shared;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/** Input that is malformed or out of range, with every offending field named. */
public final class InvalidInputException extends DomainException {

    private final ImmutableList<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(ErrorKind.INVALID, SharedErrorCode.INPUT_INVALID, describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field");
        }
        this.errors = ImmutableList.copyOf(errors);
    }

    public static InvalidInputException of(String field, String code, String message) {
        return new InvalidInputException(List.of(new FieldError(field, code, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The same errors under a parent field. */
    public InvalidInputException under(String parent) {
        return new InvalidInputException(errors.stream().map(e -> e.under(parent)).toList());
    }

    /**
     * The same errors, each naming {@code field}: for a value that checks itself under its own name but was entered
     * under another.
     */
    public InvalidInputException named(String field) {
        return new InvalidInputException(errors.stream().map(e -> new FieldError(field, e.code(), e.message())).toList());
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }
}
