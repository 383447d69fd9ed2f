package org.b2b.customers.domain.access;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** Whether a subject may do something, and which role, policy and limitation decided it, in words. */
public record AccessDecision(
        boolean allowed, Optional<RoleIdentifier> role, Optional<Policy> policy, Optional<Limitation> limitation,
        String reason) {

    public AccessDecision {
        requireNonNull(role);
        requireNonNull(policy);
        requireNonNull(limitation);
        requireNonNull(reason);
    }

    static AccessDecision allow(RoleIdentifier role, Policy policy, Optional<Limitation> limitation, String reason) {
        return new AccessDecision(true, Optional.of(role), Optional.of(policy), limitation, reason);
    }

    static AccessDecision deny(String reason) {
        return new AccessDecision(false, Optional.empty(), Optional.empty(), Optional.empty(), reason);
    }

    static AccessDecision deny(RoleIdentifier role, Policy policy, Limitation limitation, String reason) {
        return new AccessDecision(false, Optional.of(role), Optional.of(policy), Optional.of(limitation), reason);
    }
}
