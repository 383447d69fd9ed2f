package org.b2b.customers.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class ListRoundTripsOnPostgresTest extends ListRoundTripsContract {

    @RegisterExtension
    final TestDatabase database = TestDatabase.postgresEachTest();

    @Override
    TestDatabase database() {
        return database;
    }
}
