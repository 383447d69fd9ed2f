package org.b2b.customers.web.archfixture;

import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.bootstrap.Configuration;
import org.b2b.customers.persistence.archfixture.PlantedRepository;

/**
 * Planted violations: a web adapter that reads another adapter, knows the bootstrap, takes what the services share
 * and wires the use cases itself.
 */
public final class PlantedRoute {

    private final PlantedRepository repository;
    private final UseCaseSupport support;

    public PlantedRoute(PlantedRepository repository, UseCaseSupport support) {
        this.repository = repository;
        this.support = support;
    }

    public int handle(Configuration configuration) {
        return repository.count() + support.hashCode() + configuration.hashCode();
    }

    public CustomerManagement wire() {
        return new CustomerManagement(null, null, null, null);
    }
}
