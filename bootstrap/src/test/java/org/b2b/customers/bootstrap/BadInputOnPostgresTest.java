package org.b2b.customers.bootstrap;

import java.nio.file.Path;

/** The bad-input suite against the real server on the local PostgreSQL, in a schema of its own. */
class BadInputOnPostgresTest extends BadInputOnServerSuite {

    @Override
    ServerDatabase database(Path directory) {
        return ServerDatabase.postgres();
    }
}
