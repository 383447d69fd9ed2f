package org.b2b.customers.application.group;

import java.math.BigDecimal;
import org.b2b.customers.domain.group.CustomerGroup;
import org.b2b.customers.domain.group.CustomerGroupId;

/** A customer group as callers see it. */
public record CustomerGroupView(CustomerGroupId id, String identifier, String name, BigDecimal globalPriceRate, long version) {

    public static CustomerGroupView of(CustomerGroup group) {
        return new CustomerGroupView(group.id(), group.identifier(), group.name(), group.globalPriceRate().percent(),
                group.version());
    }
}
