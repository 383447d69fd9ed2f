package org.b2b.customers.web.page;

import org.b2b.customers.domain.shared.DomainException;

/**
 * Why something was refused, as a message key and the text it takes. A refusal of the domain is told in the page's
 * language where its code has a message ({@code refusal.<code>}), else in the domain's own words.
 */
public record Refusal(String key, String detail) {

    static Refusal of(String key) {
        return new Refusal(key, "");
    }

    public static Refusal of(Messages m, DomainException e) {
        String key = "refusal." + e.code();
        return m.has(key) ? new Refusal(key, "") : new Refusal("refusal.other", e.getMessage());
    }
}
