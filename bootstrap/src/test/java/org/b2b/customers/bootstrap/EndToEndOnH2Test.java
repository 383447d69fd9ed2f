package org.b2b.customers.bootstrap;

import java.nio.file.Path;

/** The end-to-end suite on the embedded H2, in a file as the server keeps it. */
class EndToEndOnH2Test extends EndToEndSuite {

    @Override
    ServerDatabase database(Path directory) {
        return ServerDatabase.h2(directory.resolve("customers"));
    }
}
