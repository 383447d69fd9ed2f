package org.b2b.customers.bootstrap;

import java.nio.file.Path;
import org.b2b.customers.mail.MailServer;
import org.b2b.customers.web.BadInputSuite;

/** The bad-input suite against the server started as {@link Main} starts it, on a database of a subclass's choice. */
abstract class BadInputOnServerSuite extends BadInputSuite {

    private MailServer mail;
    private ServerDatabase database;
    private StartedServer server;

    /** A database of this system for the server. */
    abstract ServerDatabase database(Path directory);

    @Override
    protected Target start(Path directory) {
        mail = MailServer.started();
        database = database(directory);
        server = StartedServer.start(database, mail.port(), directory);
        return new Target(server.api(), StartedServer.ADMIN_EMAIL, StartedServer.ADMIN_PASSWORD, server.endpoints());
    }

    @Override
    protected void stop() {
        try (ServerDatabase stopped = database; MailServer smtp = mail) {
            if (server != null) {
                server.close();
            }
        }
    }
}
