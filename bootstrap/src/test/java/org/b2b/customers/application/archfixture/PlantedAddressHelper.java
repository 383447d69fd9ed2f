package org.b2b.customers.application.archfixture;

import org.b2b.customers.application.archfixturemirror.PlantedMirror;
import org.b2b.customers.persistence.archfixture.PlantedRepository;

/**
 * A planted violation: a name that says nothing about what the class is for, in an application that reads an
 * adapter and whose package its mirror knows back.
 */
public final class PlantedAddressHelper {

    private PlantedAddressHelper() {}

    public static int count(PlantedRepository repository, PlantedMirror mirror) {
        return repository.count() + mirror.hashCode();
    }
}
