package org.b2b.customers.bootstrap;

import java.nio.file.Path;

/** The end-to-end suite on the local PostgreSQL, in a schema of its own. */
class EndToEndOnPostgresTest extends EndToEndSuite {

    @Override
    ServerDatabase database(Path directory) {
        return ServerDatabase.postgres();
    }
}
