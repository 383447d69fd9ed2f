package org.b2b.customers.bootstrap;

import java.nio.file.Path;
import org.b2b.customers.mail.MailServer;
import org.b2b.customers.web.BadInputSuite;
import org.b2b.customers.web.Exchanges;
import org.b2b.customers.web.OpenApiConformance;

/**
 * The bad-input suite against the server started as {@link Main} starts it, on a database of a subclass's choice;
 * every refusal it gets must also be one the OpenAPI document describes.
 */
abstract class BadInputOnServerSuite extends BadInputSuite {

    private MailServer mail;
    private ServerDatabase database;
    private StartedServer server;
    private final Exchanges exchanges = new Exchanges();

    /** A database of this system for the server. */
    abstract ServerDatabase database(Path directory);

    @Override
    protected Target start(Path directory) {
        mail = MailServer.started();
        database = database(directory);
        server = StartedServer.start(database, mail.port(), directory, exchanges);
        return new Target(server.api(), StartedServer.ADMIN_EMAIL, StartedServer.ADMIN_PASSWORD, server.endpoints());
    }

    @Override
    protected void stop() {
        try (ServerDatabase stopped = database; MailServer smtp = mail) {
            if (server != null) {
                server.close();
            }
        }
        OpenApiConformance.ofServedDocument().assertConform(exchanges.all());
    }
}
