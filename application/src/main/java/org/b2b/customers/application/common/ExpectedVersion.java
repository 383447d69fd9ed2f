package org.b2b.customers.application.common;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorCode;

/**
 * The versions an edit may apply to, as an HTTP {@code If-Match} names them: any version (no condition, or
 * {@code *}), or one of the listed versions. A list may name no version at all (only weak or foreign entity tags),
 * and then no version matches: such an edit is always refused as stale.
 */
public final class ExpectedVersion {

    private static final ExpectedVersion ANY = new ExpectedVersion(null);

    /** Null for any version. */
    private final Set<Long> versions;

    private ExpectedVersion(Set<Long> versions) {
        this.versions = versions;
    }

    /** No condition: the edit applies to whatever version is current. */
    public static ExpectedVersion any() {
        return ANY;
    }

    /** The edit applies only to this version. */
    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(Set.of(version));
    }

    /** The edit applies to any of these versions; to none, when there are none. */
    public static ExpectedVersion oneOf(Collection<Long> versions) {
        return new ExpectedVersion(Set.copyOf(requireNonNull(versions)));
    }

    public boolean matches(long version) {
        return versions == null || versions.contains(version);
    }

    /** Refuses with the thing's stale version code when it is at a version the edit does not apply to. */
    public void check(long actual, ErrorCode staleVersion) {
        if (!matches(actual)) {
            throw DomainException.staleVersion(staleVersion);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpectedVersion other && Objects.equals(other.versions, versions);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(versions);
    }

    @Override
    public String toString() {
        return versions == null ? "any version"
                : versions.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ", "one of [", "]"));
    }
}
