package org.b2b.customers.web;

import java.util.List;

/** An RFC 9457 problem body; {@code errors} names the invalid fields of a request. */
public record Problem(String type, String title, int status, String detail, String code, List<FieldProblem> errors) {

    /** One invalid field of a request. */
    public record FieldProblem(String field, String message) {}
}
