package org.b2b.customers.domain.access;

import java.util.Arrays;
import java.util.Locale;
import org.b2b.customers.domain.shared.InvalidInputException;

/** Narrows a policy to some companies; a policy with several limitations holds only where all of them hold. */
public enum Limitation {
    /** Only the company the acting user is a member of. */
    OWN_COMPANY("only the company the user is a member of"),
    /** Only the companies whose sales representative is the acting user. */
    REPRESENTED_COMPANIES("only the companies the user is sales representative of");

    private final String description;

    Limitation(String description) {
        this.description = description;
    }

    /** Which companies the limitation leaves, for people editing roles. */
    public String description() {
        return description;
    }

    /** The name used in APIs and in storage: {@code own_company}, {@code represented_companies}. */
    public String identifier() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Limitation parse(String field, String text) {
        return Arrays.stream(values())
                .filter(l -> l.identifier().equals(text))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of(field, "unknown_limitation",
                        "must be one of own_company, represented_companies"));
    }
}
