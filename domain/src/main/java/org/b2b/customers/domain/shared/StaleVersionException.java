package org.b2b.customers.domain.shared;

/** A conflict of an edit made to a version of a thing that someone else has changed since. */
public final class StaleVersionException extends DomainException {

    StaleVersionException(ErrorCode code) {
        super(ErrorKind.CONFLICT, code,
                "The " + DomainException.subjectOf(code) + " was changed by someone else; reload it and try again.");
    }
}
