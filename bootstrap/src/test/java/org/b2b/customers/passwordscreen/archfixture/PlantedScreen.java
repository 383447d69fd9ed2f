package org.b2b.customers.passwordscreen.archfixture;

import org.b2b.customers.persistence.archfixture.PlantedRepository;

/** A planted violation: a password screen that reads the persistence adapter. */
public final class PlantedScreen {

    public boolean known(PlantedRepository repository) {
        return repository.count() > 0;
    }
}
