package org.b2b.customers.mail;

import org.b2b.customers.persistence.DatabaseConfig;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailOnH2Test extends MailOnOneDatabaseTest {

    @RegisterExtension
    final SharedDatabase database = SharedDatabase.h2();

    @Override
    protected DatabaseConfig config() {
        return database.config();
    }
}
