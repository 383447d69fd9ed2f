package org.b2b.customers.web.page;

import java.util.List;
import org.b2b.customers.application.invitation.RegistrationView;
import org.b2b.customers.domain.user.Password;

/**
 * The registration form as the page shows it: what the invitation fixes (company, email), what the visitor typed
 * (never a password), the token that proves the form is ours, and what is wrong, in the visitor's language.
 */
public record RegistrationForm(
        String companyName,
        String email,
        String firstName,
        String lastName,
        String formToken,
        List<FormError> errors) {

    public RegistrationForm {
        errors = List.copyOf(errors);
    }

    static RegistrationForm of(RegistrationView view, String firstName, String lastName, String formToken) {
        return new RegistrationForm(view.companyName(), view.email(), firstName, lastName, formToken, List.of());
    }

    /** The same form showing these errors, each beside its field and all of them in the summary above. */
    RegistrationForm withErrors(List<FormError> formErrors) {
        return new RegistrationForm(companyName, email, firstName, lastName, formToken, formErrors);
    }

    /** The error to show beside a field, or {@code null} when it is fine. */
    public String error(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FormError::message).findFirst().orElse(null);
    }

    /**
     * The errors as the summary above the form lists them: each names its field, since "must not be blank" twice
     * would be two links alike that lead to different fields.
     */
    public List<FormError> summary(Messages m) {
        return errors.stream().map(e -> e.aboutAField()
                ? new FormError(e.field(), m.text("registration." + e.field()) + ": " + e.message()) : e).toList();
    }

    /** The shortest password the hint asks for: the rule the use case checks. */
    public int minimumPasswordLength() {
        return Password.MIN_LENGTH;
    }
}
