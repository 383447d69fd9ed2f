package org.b2b.customers.application.service;

import java.util.OptionalLong;
import org.b2b.customers.domain.shared.DomainException;

/** The If-Match check of edits: a change made from another version than the stored one is refused as stale. */
public final class ExpectedVersion {

    private ExpectedVersion() {}

    /** Refuses when a version was expected and the thing is at another one; no expectation accepts any version. */
    public static void check(OptionalLong expected, long actual, String what) {
        if (expected.isPresent() && expected.getAsLong() != actual) {
            throw DomainException.staleVersion(what);
        }
    }
}
