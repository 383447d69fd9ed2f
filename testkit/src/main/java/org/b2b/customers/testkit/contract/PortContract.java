package org.b2b.customers.testkit.contract;

import java.util.function.Supplier;
import org.b2b.customers.application.port.out.DrivenPorts;

/**
 * The base of every contract test: the ports under test, from the adapter's runner, and stored data to start from.
 * A runner may share one database between the tests of a class, so tests make their own data and look only at it.
 */
public abstract class PortContract {

    private Fixtures fixtures;

    /** The adapter set under test. */
    protected abstract DrivenPorts ports();

    /** Makes and stores valid aggregates, each in its own transaction. */
    protected final Fixtures given() {
        if (fixtures == null) {
            fixtures = new Fixtures(ports());
        }
        return fixtures;
    }

    protected final <T> T inTransaction(Supplier<T> work) {
        return ports().transactions().inTransaction(work);
    }

    protected final void inTransaction(Runnable work) {
        ports().transactions().inTransaction(work);
    }
}
