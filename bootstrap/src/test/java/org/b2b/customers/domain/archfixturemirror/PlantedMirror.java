package org.b2b.customers.domain.archfixturemirror;

import org.b2b.customers.domain.archfixture.PlantedEntity;

/** The other half of a planted package cycle in the domain. */
public final class PlantedMirror {

    public boolean reflects(PlantedEntity entity) {
        return entity.mirror() == this;
    }
}
