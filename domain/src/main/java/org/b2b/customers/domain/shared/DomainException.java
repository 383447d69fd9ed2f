package org.b2b.customers.domain.shared;

import static java.util.Objects.requireNonNull;

/** A refusal by the domain or a use case: a stable machine-readable code, a kind, and a message for people. */
public class DomainException extends RuntimeException {

    private final ErrorKind kind;
    private final String code;

    public DomainException(ErrorKind kind, String code, String message) {
        super(message);
        this.kind = requireNonNull(kind);
        this.code = requireNonNull(code);
    }

    public ErrorKind kind() {
        return kind;
    }

    /** A dotted, stable identifier such as {@code contact_person.not_a_member}; clients may switch on it. */
    public String code() {
        return code;
    }

    public static DomainException notFound(String what) {
        return new DomainException(ErrorKind.NOT_FOUND, what + ".not_found", "No such " + what.replace('_', ' ') + ".");
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(ErrorKind.CONFLICT, code, message);
    }

    public static DomainException ruleViolated(String code, String message) {
        return new DomainException(ErrorKind.RULE_VIOLATED, code, message);
    }

    public static DomainException forbidden(String code, String message) {
        return new DomainException(ErrorKind.FORBIDDEN, code, message);
    }

    public static DomainException staleVersion(String what) {
        return conflict(what + ".stale_version",
                "The " + what.replace('_', ' ') + " was changed by someone else; reload it and try again.");
    }
}
