package org.b2b.customers.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.b2b.customers.domain.shared.FieldError;

/**
 * Turns the field errors of a refused command into what a form shows: one error per field, in the page's language
 * where the error's code has a message, else in the use case's own words. A message for the code on one field
 * ({@code error.<code>.<field>}: "choose one" for a select left empty) comes before the code's general one
 * ({@code error.<code>}: "enter a value").
 */
public final class FormErrors {

    private FormErrors() {}

    public static List<FormError> of(Messages m, List<FieldError> errors) {
        Map<String, FormError> byField = new LinkedHashMap<>();
        for (FieldError e : errors) {
            byField.putIfAbsent(e.field(), new FormError(e.field(), message(m, e)));
        }
        return new ArrayList<>(byField.values());
    }

    private static String message(Messages m, FieldError e) {
        String label = m.has("field." + e.field()) ? m.text("field." + e.field()) : e.field();
        String onField = "error." + e.code() + "." + e.field();
        String key = "error." + e.code();
        return m.has(onField) ? m.text(onField, label)
                : m.has(key) ? m.text(key, label) : label + ": " + sentence(e.message());
    }

    private static String sentence(String message) {
        return message.isEmpty() ? message : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
}
