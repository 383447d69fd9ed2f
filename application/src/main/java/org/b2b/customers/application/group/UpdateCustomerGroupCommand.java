package org.b2b.customers.application.group;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.b2b.customers.application.common.ExpectedVersion;
import org.b2b.customers.domain.group.CustomerGroupId;

/** A partial change to a customer group's name or price rate; its identifier never changes. */
public record UpdateCustomerGroupCommand(
        CustomerGroupId groupId,
        Optional<@Size(max = 100, message = "must be at most 100 characters") String> name,
        Optional<@Size(max = 20, message = "must be at most 20 characters") String> globalPriceRate,
        ExpectedVersion expectedVersion) {

    public UpdateCustomerGroupCommand {
        name = name == null ? Optional.empty() : name;
        globalPriceRate = globalPriceRate == null ? Optional.empty() : globalPriceRate;
        expectedVersion = expectedVersion == null ? ExpectedVersion.any() : expectedVersion;
    }
}
