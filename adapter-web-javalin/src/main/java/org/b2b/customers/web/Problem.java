package org.b2b.customers.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem body; {@code errors} names the invalid fields of a request. */
public record Problem(String type, String title, int status, String detail, String code, List<FieldProblem> errors) {

    /**
     * One invalid field of a request; {@code code} says what is wrong with it in a stable word clients may switch on
     * (too_guessable for a password, say), and is left out where a refusal has none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldProblem(String field, String message, String code) {

        public FieldProblem(String field, String message) {
            this(field, message, null);
        }
    }
}
