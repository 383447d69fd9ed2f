package org.b2b.customers.web.archfixture;

import org.b2b.customers.application.service.group.CustomerGroupService;
import org.b2b.customers.persistence.archfixture.PlantedRepository;

/** Planted violations: a web adapter that reads another adapter and calls a service instead of its port. */
public final class PlantedRoute {

    private final PlantedRepository repository;
    private final CustomerGroupService groups;

    public PlantedRoute(PlantedRepository repository, CustomerGroupService groups) {
        this.repository = repository;
        this.groups = groups;
    }

    public int handle() {
        return repository.count() + groups.hashCode();
    }
}
