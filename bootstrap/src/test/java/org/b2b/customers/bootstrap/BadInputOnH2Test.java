package org.b2b.customers.bootstrap;

import java.nio.file.Path;

/** The bad-input suite against the real server on the embedded H2. */
class BadInputOnH2Test extends BadInputOnServerSuite {

    @Override
    ServerDatabase database(Path directory) {
        return ServerDatabase.h2(directory.resolve("customers"));
    }
}
