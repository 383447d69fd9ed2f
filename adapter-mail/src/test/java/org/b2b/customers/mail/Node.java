package org.b2b.customers.mail;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.installation.SetUpInstallationCommand;
import org.b2b.customers.application.mail.DeliverMailUseCase;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.b2b.customers.application.port.out.MailSender;
import org.b2b.customers.application.security.Pbkdf2PasswordHasher;
import org.b2b.customers.domain.invitation.InvitationTtl;
import org.b2b.customers.domain.invitation.RegistrationTokens;
import org.b2b.customers.passwordscreen.ZxcvbnPasswordScreen;
import org.b2b.customers.persistence.Database;
import org.b2b.customers.persistence.DatabaseConfig;

/**
 * One server on a shared database, wired as bootstrap's Server wires it: its own connection pool, the use cases on
 * it, and the first administrator to act as.
 */
final class Node implements AutoCloseable {

    static final Settings SETTINGS = new Settings(InvitationTtl.DEFAULT, URI.create("https://customers.example.com"),
            new RegistrationTokens(RegistrationTokens.newKey()));

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final String ADMIN_EMAIL = "admin@seller.example";
    private static final String ADMIN_PASSWORD = "the administrator's long password";

    private final Database database;
    private final CustomerManagement useCases;
    private final Actor administrator;

    private Node(Database database, CustomerManagement useCases, Actor administrator) {
        this.database = database;
        this.useCases = useCases;
        this.administrator = administrator;
    }

    static Node open(DatabaseConfig config, Clock clock) {
        Database database = Database.open(config);
        CustomerManagement useCases = new CustomerManagement(database.drivenPorts(new Pbkdf2PasswordHasher(1_000), clock),
                SETTINGS, VALIDATION.getValidator(), new ZxcvbnPasswordScreen());
        useCases.installation().setUp().setUp(new SetUpInstallationCommand(Optional.of(ADMIN_EMAIL), Optional.of(ADMIN_PASSWORD)));
        Actor administrator = Actor.of(useCases.users().authenticate()
                .authenticate(new AuthenticateCommand(ADMIN_EMAIL, ADMIN_PASSWORD)).id());
        return new Node(database, useCases, administrator);
    }

    CustomerManagement useCases() {
        return useCases;
    }

    Actor administrator() {
        return administrator;
    }

    DeliverMailUseCase delivery(MailSender sender) {
        return useCases.mail().deliver(database.outboxQueue(), sender);
    }

    @Override
    public void close() {
        database.close();
    }
}
