package org.b2b.customers.testkit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.port.out.CustomerGroups;
import org.b2b.customers.domain.group.CustomerGroup;
import org.b2b.customers.domain.group.CustomerGroupErrorCode;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.shared.DomainException;

/** Customer groups in memory, identifiers unique. */
public final class InMemoryCustomerGroups implements CustomerGroups {

    private final InMemoryTable<CustomerGroupId, CustomerGroup> table;

    public InMemoryCustomerGroups(InMemoryStore store) {
        this.table = store.table("customer_groups");
    }

    @Override
    public CustomerGroup add(CustomerGroup group) {
        if (table.rows().anyMatch(g -> g.identifier().equals(group.identifier()) || g.id().equals(group.id()))) {
            throw DomainException.conflict(CustomerGroupErrorCode.IDENTIFIER_TAKEN,
                    "A customer group " + group.identifier() + " exists already.");
        }
        table.put(group.id(), group);
        return group;
    }

    @Override
    public CustomerGroup update(CustomerGroup group) {
        CustomerGroup stored = table.get(group.id()).orElseThrow(() -> DomainException.notFound(CustomerGroupErrorCode.NOT_FOUND));
        if (stored.version() != group.version()) {
            throw DomainException.staleVersion(CustomerGroupErrorCode.STALE_VERSION);
        }
        CustomerGroup next = group.atVersion(group.version() + 1);
        table.put(group.id(), next);
        return next;
    }

    @Override
    public Optional<CustomerGroup> find(CustomerGroupId id) {
        return table.get(id);
    }

    @Override
    public List<CustomerGroup> all() {
        return table.rows()
                .sorted(Comparator.comparing(CustomerGroup::name).thenComparing(CustomerGroup::identifier))
                .toList();
    }
}
