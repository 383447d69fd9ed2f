package org.b2b.customers.web.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.user.Password;
import org.b2b.customers.domain.user.PersonName;

/**
 * The errors of a refused registration as its form shows them: one per field, the first of each winning, in the
 * visitor's language ({@code registration.error.<code>}) where the code has a message, else in the use case's own
 * words. An error about something that is no field of the form is shown in the summary alone.
 */
final class RegistrationErrors {

    private static final Set<String> FIELDS = Set.of("firstName", "lastName", "password", "passwordConfirmation");

    private static final String MESSAGES = "registration.error.";

    private RegistrationErrors() {}

    static List<FormError> of(Messages m, List<FieldError> errors) {
        Map<String, FormError> byField = new LinkedHashMap<>();
        for (FieldError e : errors) {
            byField.putIfAbsent(e.field(), new FormError(FIELDS.contains(e.field()) ? e.field() : "", message(m, e)));
        }
        return List.copyOf(byField.values());
    }

    private static String message(Messages m, FieldError e) {
        String key = MESSAGES + e.code();
        return m.has(key) ? m.text(key, m.number(lengthFor(e))) : sentence(e.message());
    }

    /** The length a "too short" or "too long" message names: the limit of the field it is about. */
    private static int lengthFor(FieldError e) {
        if (e.code().equals("too_short")) {
            return Password.MIN_LENGTH;
        }
        return e.field().startsWith("password") ? Password.MAX_LENGTH : PersonName.MAX_LENGTH;
    }

    /** Validation messages are written to follow a field name ("must not be blank"); alone they need a capital. */
    private static String sentence(String message) {
        String capitalised = message.isEmpty() ? message
                : message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1);
        return capitalised.endsWith(".") ? capitalised : capitalised + ".";
    }
}
