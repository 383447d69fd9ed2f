package org.b2b.customers.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class RolesOnTwoServersOnPostgresTest extends RolesOnTwoServersContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    TestDatabase database() {
        return DATABASE;
    }
}
