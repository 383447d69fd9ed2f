package org.b2b.customers.application.archfixturemirror;

import org.b2b.customers.application.archfixture.PlantedAddressHelper;
import org.b2b.customers.persistence.archfixture.PlantedRepository;

/** The other half of a planted cycle between two application packages. */
public final class PlantedMirror {

    public int count(PlantedRepository repository) {
        return PlantedAddressHelper.count(repository, this);
    }
}
