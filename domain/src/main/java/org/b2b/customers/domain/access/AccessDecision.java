package org.b2b.customers.domain.access;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import java.util.Optional;
import java.util.function.Supplier;
import org.b2b.customers.domain.user.RoleIdentifier;

/** Whether a subject may do something, and which role, policy and limitation decided it, in words. */
public final class AccessDecision {

    private final boolean allowed;
    private final Optional<RoleIdentifier> role;
    private final Optional<Policy> policy;
    private final Optional<Limitation> limitation;
    /**
     * Put into words only when asked for: every use case decides for its caller, mostly to allow, and only
     * explanations and refusals show the words.
     */
    private final Supplier<String> reason;

    private AccessDecision(boolean allowed, Optional<RoleIdentifier> role, Optional<Policy> policy,
            Optional<Limitation> limitation, Supplier<String> reason) {
        this.allowed = allowed;
        this.role = requireNonNull(role);
        this.policy = requireNonNull(policy);
        this.limitation = requireNonNull(limitation);
        this.reason = Suppliers.memoize(requireNonNull(reason)::get);
    }

    static AccessDecision allow(RoleIdentifier role, Policy policy, Optional<Limitation> limitation,
            Supplier<String> reason) {
        return new AccessDecision(true, Optional.of(role), Optional.of(policy), limitation, reason);
    }

    static AccessDecision deny(Supplier<String> reason) {
        return new AccessDecision(false, Optional.empty(), Optional.empty(), Optional.empty(), reason);
    }

    static AccessDecision deny(RoleIdentifier role, Policy policy, Limitation limitation, Supplier<String> reason) {
        return new AccessDecision(false, Optional.of(role), Optional.of(policy), Optional.of(limitation), reason);
    }

    public boolean allowed() {
        return allowed;
    }

    public Optional<RoleIdentifier> role() {
        return role;
    }

    public Optional<Policy> policy() {
        return policy;
    }

    public Optional<Limitation> limitation() {
        return limitation;
    }

    public String reason() {
        return reason.get();
    }

    @Override
    public String toString() {
        return (allowed ? "allowed: " : "refused: ") + reason();
    }
}
