package org.b2b.customers.persistence;

import org.b2b.customers.domain.shared.DomainException;

/**
 * Optimistic locking: an update names the version it read ({@code … WHERE id = ? AND version = ?}); when it touches
 * no row, the row is gone or someone else changed it first.
 */
final class Versions {

    private Versions() {}

    /** Why an update touched no row: {@code thing.stale_version} when the row exists, {@code thing.not_found} when not. */
    static DomainException refusal(boolean exists, String thing) {
        return exists ? DomainException.staleVersion(thing) : DomainException.notFound(thing);
    }
}
