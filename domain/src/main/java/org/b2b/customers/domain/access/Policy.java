package org.b2b.customers.domain.access;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import java.util.stream.Collectors;

/** One permission granted by a role, optionally narrowed by limitations. */
public record Policy(Permission permission, Set<Limitation> limitations) {

    public Policy {
        requireNonNull(permission);
        limitations = ImmutableSet.copyOf(limitations);
    }

    public static Policy of(Permission permission, Limitation... limitations) {
        return new Policy(permission, ImmutableSet.copyOf(limitations));
    }

    public boolean isLimited() {
        return !limitations.isEmpty();
    }

    @Override
    public String toString() {
        return limitations.isEmpty() ? permission.key()
                : permission.key() + limitations.stream().map(Limitation::identifier).collect(Collectors.joining(",", "[", "]"));
    }
}
