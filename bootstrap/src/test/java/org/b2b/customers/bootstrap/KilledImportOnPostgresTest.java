package org.b2b.customers.bootstrap;

import java.nio.file.Path;

class KilledImportOnPostgresTest extends KilledImportSuite {

    @Override
    ServerDatabase database(Path directory) {
        return ServerDatabase.postgres();
    }

    @Override
    String sessionsWaitingForMe() {
        return "select count(*) from pg_stat_activity where pg_backend_pid() = any(pg_blocking_pids(pid))";
    }
}
