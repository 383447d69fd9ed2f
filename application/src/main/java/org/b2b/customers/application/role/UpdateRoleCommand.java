package org.b2b.customers.application.role;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.b2b.customers.application.common.ExpectedVersion;
import org.b2b.customers.domain.user.RoleIdentifier;

/**
 * A role's new name and its whole new set of policies (its identifier and audience never change). Taking from
 * {@code corporate_access} what the Customer Portal needs takes {@code confirmed}; with {@code expectedVersion}
 * the change applies only to that version.
 */
public record UpdateRoleCommand(
        RoleIdentifier identifier,
        @NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String name,
        @NotNull(message = "must be given, empty for a role that grants nothing")
        @Size(max = 100, message = "must hold at most 100 policies")
        List<@NotNull(message = "must be a policy") @Valid PolicyInput> policies,
        ExpectedVersion expectedVersion,
        boolean confirmed) {

    public UpdateRoleCommand {
        expectedVersion = expectedVersion == null ? ExpectedVersion.any() : expectedVersion;
    }
}
