package org.b2b.customers.domain.user;

import org.b2b.customers.domain.shared.FieldErrors;
import org.b2b.customers.domain.shared.PlainText;

/** A person's first and last name. */
public record PersonName(String firstName, String lastName) {

    public static final int MAX_LENGTH = 100;

    public PersonName {
        firstName = PlainText.require("firstName", firstName, MAX_LENGTH);
        lastName = PlainText.require("lastName", lastName, MAX_LENGTH);
    }

    /** Both parts checked together, so that a form shows every wrong field at once. */
    public static PersonName parse(String firstName, String lastName) {
        var errors = new FieldErrors();
        errors.check(() -> PlainText.require("firstName", firstName, MAX_LENGTH));
        errors.check(() -> PlainText.require("lastName", lastName, MAX_LENGTH));
        errors.throwIfAny();
        return new PersonName(firstName, lastName);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
