package org.b2b.customers.persistence;

import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorCode;

/**
 * Optimistic locking: an update names the version it read ({@code … WHERE id = ? AND version = ?}); when it touches
 * no row, the row is gone or someone else changed it first.
 */
final class Versions {

    private Versions() {}

    /** Why an update touched no row: the thing's stale version when the row exists, the thing's absence when not. */
    static DomainException refusal(boolean exists, ErrorCode staleVersion, ErrorCode notFound) {
        return exists ? DomainException.staleVersion(staleVersion) : DomainException.notFound(notFound);
    }
}
