package org.b2b.customers.web.page;

import java.util.Map;

/**
 * A question asked before a change that cannot simply be undone, as a page of its own so that it works without
 * JavaScript: it names the object ("Remove Anna Berger from Nordwind Logistik?"), posts {@code fields} to
 * {@code action} when confirmed and leads back to {@code back} when not. The texts come already in the user's
 * language.
 */
public record Confirmation(String title, String question, String action, String button, String back,
        Map<String, String> fields, boolean destructive) {

    public static final String TEMPLATE = "area/confirm.jte";

    public Confirmation {
        fields = Map.copyOf(fields);
    }
}
