package org.b2b.customers.application.port.in.invitation;

import jakarta.validation.constraints.Size;

/**
 * The registration form: the link's token, a name and a password. Someone who has an account in the pool already
 * enters that account's password instead, and their name stays as it is.
 */
public record RegisterCommand(
        @Size(max = 64, message = "is not a registration link") String token,
        @Size(max = 100, message = "must be at most 100 characters") String firstName,
        @Size(max = 100, message = "must be at most 100 characters") String lastName,
        @Size(max = 1024, message = "must be at most 1024 characters") String password) {

    @Override
    public String toString() {
        return "RegisterCommand[…, " + firstName + " " + lastName + ", …]";
    }
}
