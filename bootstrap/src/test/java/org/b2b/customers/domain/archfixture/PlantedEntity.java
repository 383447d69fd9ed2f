package org.b2b.customers.domain.archfixture;

import org.b2b.customers.application.port.in.Actor;

/** A planted violation: a domain class that knows the application layer. */
public final class PlantedEntity {

    private final Actor changedBy;

    public PlantedEntity(Actor changedBy) {
        this.changedBy = changedBy;
    }

    public Actor changedBy() {
        return changedBy;
    }
}
