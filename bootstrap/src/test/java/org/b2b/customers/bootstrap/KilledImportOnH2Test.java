package org.b2b.customers.bootstrap;

import java.nio.file.Path;

class KilledImportOnH2Test extends KilledImportSuite {

    @Override
    ServerDatabase database(Path directory) {
        return ServerDatabase.h2SharedWithTheTest(directory.resolve("customers"));
    }

    @Override
    String sessionsWaitingForMe() {
        return "select count(*) from information_schema.sessions where blocker_id = session_id()";
    }
}
