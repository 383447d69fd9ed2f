package org.b2b.customers.application.group;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new customer group: a stable identifier, a name and a global price rate in percent (−100 to 100). */
public record CreateCustomerGroupCommand(
        @NotBlank(message = "must not be blank") @Size(max = 64, message = "must be at most 64 characters") String identifier,
        @NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String name,
        @NotBlank(message = "must not be blank") @Size(max = 20, message = "must be at most 20 characters") String globalPriceRate) {}
