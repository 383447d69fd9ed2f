package org.b2b.customers.domain.archfixture;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.domain.archfixturemirror.PlantedMirror;

/** A planted violation: a domain class that knows the application layer, and a package that its mirror knows back. */
public final class PlantedEntity {

    private final Actor changedBy;
    private final PlantedMirror mirror;

    public PlantedEntity(Actor changedBy, PlantedMirror mirror) {
        this.changedBy = changedBy;
        this.mirror = mirror;
    }

    public Actor changedBy() {
        return changedBy;
    }

    public PlantedMirror mirror() {
        return mirror;
    }
}
