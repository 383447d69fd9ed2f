package org.b2b.customers.web.page;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.b2b.customers.application.invitation.RegistrationView;
import org.b2b.customers.domain.shared.FieldError;

/**
 * The registration form as the page shows it: what the invitation fixes (company, email), what the visitor typed (never a password), the token that proves the form is ours, and the
 * error of each wrong field.
 */
public record RegistrationForm(
        String companyName,
        String email,
        String firstName,
        String lastName,
        String formToken,
        Map<String, String> errors) {

    private static final Set<String> FIELDS = Set.of("firstName", "lastName", "password", "passwordConfirmation");

    public RegistrationForm {
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    static RegistrationForm of(RegistrationView view, String firstName, String lastName, String formToken) {
        return new RegistrationForm(view.companyName(), view.email(), firstName, lastName,
                formToken, Map.of());
    }

    /** The same form showing these errors, each beside its field; the first error of a field wins. */
    RegistrationForm withErrors(List<FieldError> fieldErrors) {
        Map<String, String> messages = new LinkedHashMap<>();
        fieldErrors.forEach(e -> messages.putIfAbsent(e.field(), sentence(e.message())));
        return new RegistrationForm(companyName, email, firstName, lastName, formToken, messages);
    }

    /** The error to show beside a field, or {@code null} when it is fine. */
    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Errors about no field of the form, shown above it. */
    public List<String> otherErrors() {
        return errors.entrySet().stream().filter(e -> !FIELDS.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    /** Validation messages are written to follow a field name ("must not be blank"); alone they need a capital. */
    private static String sentence(String message) {
        String capitalised = message.isEmpty() ? message : message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1);
        return capitalised.endsWith(".") ? capitalised : capitalised + ".";
    }
}
