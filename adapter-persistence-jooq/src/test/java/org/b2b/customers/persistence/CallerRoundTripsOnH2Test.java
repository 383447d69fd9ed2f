package org.b2b.customers.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class CallerRoundTripsOnH2Test extends CallerRoundTripsContract {

    @RegisterExtension
    final TestDatabase database = TestDatabase.h2EachTest();

    @Override
    TestDatabase database() {
        return database;
    }
}
