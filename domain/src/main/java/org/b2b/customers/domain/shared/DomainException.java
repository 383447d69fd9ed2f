package org.b2b.customers.domain.shared;

import static java.util.Objects.requireNonNull;

/** A refusal by the domain or a use case: a stable machine-readable code, a kind, and a message for people. */
public class DomainException extends RuntimeException {

    private final ErrorKind kind;
    private final ErrorCode code;

    public DomainException(ErrorKind kind, ErrorCode code, String message) {
        super(message);
        this.kind = requireNonNull(kind);
        this.code = requireNonNull(code);
    }

    public ErrorKind kind() {
        return kind;
    }

    /** A dotted, stable identifier such as {@code contact_person.not_a_member}; clients may switch on it. */
    public String code() {
        return code.value();
    }

    /** The constant behind {@link #code()}, to compare with or switch on. */
    public ErrorCode errorCode() {
        return code;
    }

    /** Refuses with a {@code <thing>.not_found} code, telling people "No such thing." */
    public static DomainException notFound(ErrorCode code) {
        return new DomainException(ErrorKind.NOT_FOUND, code, "No such " + subjectOf(code) + ".");
    }

    public static DomainException conflict(ErrorCode code, String message) {
        return new DomainException(ErrorKind.CONFLICT, code, message);
    }

    public static DomainException ruleViolated(ErrorCode code, String message) {
        return new DomainException(ErrorKind.RULE_VIOLATED, code, message);
    }

    public static DomainException forbidden(ErrorCode code, String message) {
        return new DomainException(ErrorKind.FORBIDDEN, code, message);
    }

    public static DomainException unauthenticated(ErrorCode code, String message) {
        return new DomainException(ErrorKind.UNAUTHENTICATED, code, message);
    }

    public static DomainException gone(ErrorCode code, String message) {
        return new DomainException(ErrorKind.GONE, code, message);
    }

    /** Refuses an edit to a version of the thing that is no longer current, with a {@code <thing>.stale_version} code. */
    public static StaleVersionException staleVersion(ErrorCode code) {
        return new StaleVersionException(code);
    }

    /** The thing a code is about, for people: {@code customer_group.not_found} is about a "customer group". */
    static String subjectOf(ErrorCode code) {
        String value = code.value();
        int dot = value.indexOf('.');
        return (dot < 0 ? value : value.substring(0, dot)).replace('_', ' ');
    }
}
