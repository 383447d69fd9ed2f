package org.b2b.customers.persistence.archfixture;

/** The persistence adapter class that the planted web adapter reaches into. */
public final class PlantedRepository {

    public int count() {
        return 0;
    }
}
