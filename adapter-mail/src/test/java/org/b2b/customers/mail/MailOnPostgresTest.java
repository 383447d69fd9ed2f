package org.b2b.customers.mail;

import org.b2b.customers.persistence.DatabaseConfig;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailOnPostgresTest extends MailOnOneDatabaseTest {

    @RegisterExtension
    final SharedDatabase database = SharedDatabase.postgres();

    @Override
    protected DatabaseConfig config() {
        return database.config();
    }
}
