package org.b2b.customers.application.role;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new role: a stable identifier, a name, whom it is for ({@code STAFF} or {@code CUSTOMER}) and its policies. */
public record CreateRoleCommand(
        @NotBlank(message = "must not be blank") @Size(max = 64, message = "must be at most 64 characters") String identifier,
        @NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String name,
        @NotBlank(message = "must be STAFF or CUSTOMER") String audience,
        @NotNull(message = "must be given, empty for a role that grants nothing yet")
        @Size(max = 100, message = "must hold at most 100 policies")
        List<@NotNull(message = "must be a policy") @Valid PolicyInput> policies) {}
