package org.b2b.customers.mail.archfixture;

import org.b2b.customers.persistence.archfixture.PlantedRepository;

/** A planted violation: a mail adapter that reads the persistence adapter. */
public final class PlantedMailer {

    public int recipients(PlantedRepository repository) {
        return repository.count();
    }
}
