package org.b2b.customers.application.port.out;

import java.util.List;
import java.util.Optional;
import org.b2b.customers.domain.group.CustomerGroup;
import org.b2b.customers.domain.group.CustomerGroupId;

/** The customer groups. */
public interface CustomerGroups {

    /** Stores a new group; a taken identifier is a conflict ({@code customer_group.identifier_taken}). */
    CustomerGroup add(CustomerGroup group);

    /** Stores a changed group at the version it was read at; otherwise {@code customer_group.stale_version}. */
    CustomerGroup update(CustomerGroup group);

    Optional<CustomerGroup> find(CustomerGroupId id);

    /** All groups by name; installations have tens of them, not thousands. */
    List<CustomerGroup> all();
}
