package org.b2b.customers.application.role;

import org.b2b.customers.domain.access.Limitation;

/** A limitation a policy can carry, such as {@code own_company}, and which companies it leaves. */
public record LimitationView(String identifier, String description) {

    public static LimitationView of(Limitation limitation) {
        return new LimitationView(limitation.identifier(), limitation.description());
    }
}
