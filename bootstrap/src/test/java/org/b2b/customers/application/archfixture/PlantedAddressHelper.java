package org.b2b.customers.application.archfixture;

/** A planted violation: a name that says nothing about what the class is for. */
public final class PlantedAddressHelper {

    private PlantedAddressHelper() {}
}
