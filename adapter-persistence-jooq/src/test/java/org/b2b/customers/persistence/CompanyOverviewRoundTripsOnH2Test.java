package org.b2b.customers.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class CompanyOverviewRoundTripsOnH2Test extends CompanyOverviewRoundTripsContract {

    @RegisterExtension
    final TestDatabase database = TestDatabase.h2EachTest();

    @Override
    TestDatabase database() {
        return database;
    }
}
