package org.b2b.customers.application.invitation;

import jakarta.validation.constraints.Size;

/**
 * The registration form of someone new: the link's token, a name and a password. The token is not validated as a field:
 * a token that is not one answers "not found", like an unknown one.
 */
public record RegisterCommand(
        String token,
        @Size(max = 100, message = "must be at most 100 characters") String firstName,
        @Size(max = 100, message = "must be at most 100 characters") String lastName,
        @Size(max = 1024, message = "must be at most 1024 characters") String password) {

    @Override
    public String toString() {
        return "RegisterCommand[…, " + firstName + " " + lastName + ", …]";
    }
}
