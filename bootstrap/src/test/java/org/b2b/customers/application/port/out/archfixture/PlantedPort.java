package org.b2b.customers.application.port.out.archfixture;

import org.b2b.customers.application.support.UseCaseSupport;

/** A planted violation: a driven port that knows what the services share. */
public interface PlantedPort {

    void save(UseCaseSupport support);
}
