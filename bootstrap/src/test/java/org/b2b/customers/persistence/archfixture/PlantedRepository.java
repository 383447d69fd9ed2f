package org.b2b.customers.persistence.archfixture;

import org.b2b.customers.web.archfixture.PlantedRoute;

/** A persistence adapter class that other planted adapters reach into, and that reaches into the web adapter. */
public final class PlantedRepository {

    public int count() {
        return 0;
    }

    public int routes(PlantedRoute route) {
        return route.hashCode();
    }
}
