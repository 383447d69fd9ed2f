package org.b2b.customers.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class RolesOnTwoServersOnH2Test extends RolesOnTwoServersContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    TestDatabase database() {
        return DATABASE;
    }
}
