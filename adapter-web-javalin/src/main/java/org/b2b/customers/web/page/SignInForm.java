package org.b2b.customers.web.page;

import java.util.List;

/** The sign-in form as shown: the email typed (never the password), where to go next, and what went wrong. */
public record SignInForm(String email, String next, String formToken, List<FormError> errors) {

    public SignInForm {
        errors = List.copyOf(errors);
    }
}
