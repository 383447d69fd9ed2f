package org.b2b.customers.benchmarks;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.installation.SetUpInstallationCommand;
import org.b2b.customers.application.security.Pbkdf2PasswordHasher;
import org.b2b.customers.domain.invitation.InvitationTtl;
import org.b2b.customers.domain.invitation.RegistrationTokens;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.passwordscreen.ZxcvbnPasswordScreen;
import org.b2b.customers.persistence.Database;
import org.b2b.customers.testkit.TestSystem;

/**
 * The use cases on a benchmark database, wired as the server wires them (a microsecond clock, the jOOQ ports), with
 * the installation set up, or found again when an earlier run set it up, and its administrator to act as.
 */
final class WiredSystem implements AutoCloseable {

    static final String ADMIN_EMAIL = "admin@bench.example";
    static final String PASSWORD = "benchmark password 1";

    private static final Clock MICROSECOND_CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    private final Database database;
    private final DrivenPorts ports;
    private final CustomerManagement useCases;
    private final Actor administrator;

    private WiredSystem(Database database) {
        this.database = database;
        // Cheap hashing: no benchmark logs in, and loading a million users must not wait for the OWASP cost.
        this.ports = database.drivenPorts(new Pbkdf2PasswordHasher(1_000), MICROSECOND_CLOCK);
        Settings settings = new Settings(InvitationTtl.DEFAULT, URI.create("http://localhost:7070"),
                new RegistrationTokens(RegistrationTokens.newKey()));
        this.useCases = new CustomerManagement(ports, settings, TestSystem.validator(),
                new ZxcvbnPasswordScreen());
        this.administrator = useCases.installation().setUp()
                .setUp(new SetUpInstallationCommand(Optional.of(ADMIN_EMAIL), Optional.of(PASSWORD)))
                .createdAdministrator()
                .or(() -> ports.transactions().inTransaction(() -> ports.users().findByEmail(EmailAddress.of(ADMIN_EMAIL))
                        .map(User::id)))
                .map(Actor::of)
                .orElseThrow(() -> new IllegalStateException("the database has an installation without " + ADMIN_EMAIL));
    }

    /** Opens (and migrates) the database and wires the use cases on it. */
    static WiredSystem open(BenchDatabase target) {
        return open(target, UnaryOperator.identity());
    }

    /** {@link #open(BenchDatabase)}, the pool taking its connections through {@code connections}, which may count them. */
    static WiredSystem open(BenchDatabase target, UnaryOperator<DataSource> connections) {
        Database database = Database.open(target.config(), connections);
        try {
            return new WiredSystem(database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    DrivenPorts ports() {
        return ports;
    }

    CustomerManagement useCases() {
        return useCases;
    }

    Actor administrator() {
        return administrator;
    }

    @Override
    public void close() {
        database.close();
    }
}
