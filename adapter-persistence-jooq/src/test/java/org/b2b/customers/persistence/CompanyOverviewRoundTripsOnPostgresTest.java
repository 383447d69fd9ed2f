package org.b2b.customers.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class CompanyOverviewRoundTripsOnPostgresTest extends CompanyOverviewRoundTripsContract {

    @RegisterExtension
    final TestDatabase database = TestDatabase.postgresEachTest();

    @Override
    TestDatabase database() {
        return database;
    }
}
