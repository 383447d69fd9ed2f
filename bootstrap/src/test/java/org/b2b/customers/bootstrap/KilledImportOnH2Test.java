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

    /** H2 lists a shared lock on each table a session has written in its running transaction. */
    @Override
    String sessionsWaitingForMeThatWroteMailData() {
        return "select count(*) from information_schema.sessions s join information_schema.locks l"
                + " on l.session_id = s.session_id where s.blocker_id = session_id() and l.table_name = 'outbox_data'";
    }
}
