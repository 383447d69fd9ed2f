package org.b2b.customers.application.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new user with a login: staff with their staff roles, or a customer in no company (the pool), whom staff can
 * then add to a company.
 */
public record CreateUserCommand(
        @NotBlank(message = "must not be blank") @Size(max = 254, message = "must be at most 254 characters") String email,
        @NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String firstName,
        @NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String lastName,
        @Size(max = 32, message = "must be at most 32 characters") String phone,
        @NotBlank(message = "must be STAFF or CUSTOMER") String type,
        @NotNull(message = "must be given, empty for customers") @Size(max = 20, message = "must hold at most 20 roles") List<String> roles,
        @NotNull(message = "must not be blank") @Size(max = 1024, message = "must be at most 1024 characters") String password) {}
