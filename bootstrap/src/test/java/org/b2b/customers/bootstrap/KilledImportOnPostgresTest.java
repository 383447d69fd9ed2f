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

    /** An insert holds a ROW EXCLUSIVE lock on its table until the transaction ends. */
    @Override
    String sessionsWaitingForMeThatWroteMailData() {
        return "select count(*) from pg_locks l join pg_class c on c.oid = l.relation where c.relname = 'outbox_data'"
                + " and l.mode = 'RowExclusiveLock' and pg_backend_pid() = any(pg_blocking_pids(l.pid))";
    }
}
