package org.b2b.customers.bootstrap;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.installation.InstallationReport;
import org.b2b.customers.application.installation.SetUpInstallationCommand;
import org.b2b.customers.application.port.out.MailSender;
import org.b2b.customers.application.security.Pbkdf2PasswordHasher;
import org.b2b.customers.bootstrap.demo.DemoData;
import org.b2b.customers.domain.invitation.RegistrationTokens;
import org.b2b.customers.mail.FileMailSender;
import org.b2b.customers.mail.MailComposer;
import org.b2b.customers.mail.OutboxDispatcher;
import org.b2b.customers.mail.SmtpMailSender;
import org.b2b.customers.mail.SmtpSettings;
import org.b2b.customers.passwordscreen.ZxcvbnPasswordScreen;
import org.b2b.customers.persistence.Database;
import org.b2b.customers.persistence.DatabaseConfig;
import org.b2b.customers.web.Health;
import org.b2b.customers.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running system: the database, the use cases wired to it, the mail dispatcher, and the web server in front. */
public final class Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);
    /** Databases keep microseconds; a finer clock would make a stored instant differ from the one read back. */
    private static final Clock MICROSECOND_CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private final Database database;
    private final OutboxDispatcher mail;
    private final WebServer web;
    private final CustomerManagement useCases;
    private final int port;

    private Server(Database database, OutboxDispatcher mail, WebServer web, CustomerManagement useCases, int port) {
        this.database = database;
        this.mail = mail;
        this.web = web;
        this.useCases = useCases;
        this.port = port;
    }

    /** Opens the database (migrating it), sets up the installation and starts listening. */
    public static Server start(Configuration configuration) {
        return start(configuration, RegistrationKey.DEFAULT_FILE);
    }

    /** As {@link #start(Configuration)}, keeping the registration key (when not configured) in the given file. */
    static Server start(Configuration configuration, Path registrationKeyFile) {
        Database database = Database.open(DatabaseConfig.of(closedByTheServer(configuration.dbUrl()),
                configuration.dbUser().orElse(null), configuration.dbPassword().orElse(null)));
        Optional<OutboxDispatcher> mail = Optional.empty();
        try {
            DrivenPorts ports = database.drivenPorts(Pbkdf2PasswordHasher.owasp(), MICROSECOND_CLOCK);
            Settings settings = new Settings(configuration.invitationTtl(), configuration.publicUrl(),
                    new RegistrationTokens(RegistrationKey.load(configuration.registrationKey(), registrationKeyFile)),
                    configuration.tokenIdleTimeout());
            CustomerManagement useCases = new CustomerManagement(ports, settings, VALIDATION.getValidator(),
                    new ZxcvbnPasswordScreen());
            report(useCases.installation().setUp().setUp(
                    new SetUpInstallationCommand(configuration.adminEmail(), configuration.adminPassword())));
            if (configuration.demoData()) {
                DemoData.seedIfEmpty(useCases, ports, MICROSECOND_CLOCK);
            }
            mail = Optional.of(OutboxDispatcher.start(useCases.mail().deliver(database.outboxQueue(),
                    mailSender(configuration, registrationKeyFile.toAbsolutePath().getParent()))));
            WebServer web = new WebServer(new Health(database::isReachable), useCases, configuration.trustedProxies(),
                    WebServer.STOP_TIMEOUT, configuration.publicUrl());
            int port = web.start("0.0.0.0", configuration.httpPort());
            LOG.info("listening on port {}", port);
            return new Server(database, mail.get(), web, useCases, port);
        } catch (RuntimeException e) {
            mail.ifPresent(OutboxDispatcher::close);
            database.close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    public CustomerManagement useCases() {
        return useCases;
    }

    /** Every endpoint the web server registered, as {@code METHOD path}. */
    public List<String> endpoints() {
        return web.registeredEndpoints();
    }

    /** Stops taking requests, finishes those in flight and the mails in hand, and closes the database. */
    @Override
    public void close() {
        LOG.info("stopping: no new connections; finishing the requests in flight, then the mail in hand");
        web.stop();
        mail.close();
        database.close();
        LOG.info("stopped cleanly");
    }

    /**
     * SMTP when {@code CM_SMTP_HOST} is set; otherwise {@code .eml} files under {@code data/outbox/}, with the links
     * logged. Files in {@code data/mail-templates/} replace the mail templates of the same name.
     */
    private static MailSender mailSender(Configuration configuration, Path dataDirectory) {
        MailComposer composer = MailComposer.load(configuration.mailFrom(),
                Optional.of(dataDirectory.resolve("mail-templates")), MICROSECOND_CLOCK);
        return configuration.smtp().<MailSender>map(smtp -> {
            LOG.info("mail goes out through {}", smtp);
            return new SmtpMailSender(new SmtpSettings(smtp.host(), smtp.port(), smtp.user(), smtp.password(),
                    smtp.startTls()), composer);
        }).orElseGet(() -> {
            LOG.info("no CM_SMTP_HOST: mail is written to {} and its links are logged", dataDirectory.resolve("outbox"));
            return new FileMailSender(dataDirectory.resolve("outbox"), composer);
        });
    }

    /**
     * H2 closes its databases in a shutdown hook of its own, which races the server's stop and fails the requests
     * still in flight; the server closes the database itself, last. H2 refuses that setting beside
     * {@code AUTO_SERVER=TRUE} (a database other processes may open while the server runs), which keeps the hook.
     */
    private static String closedByTheServer(String dbUrl) {
        String settings = dbUrl.toUpperCase(Locale.ROOT);
        return dbUrl.startsWith("jdbc:h2:") && !settings.contains("DB_CLOSE_ON_EXIT") && !settings.contains("AUTO_SERVER=TRUE")
                ? dbUrl + ";DB_CLOSE_ON_EXIT=FALSE"
                : dbUrl;
    }

    private static void report(InstallationReport report) {
        if (!report.installedRoles().isEmpty()) {
            LOG.info("installed the built-in roles {}", report.installedRoles());
        }
        report.administratorEmail().ifPresent(email -> report.generatedPassword().ifPresentOrElse(
                password -> LOG.warn("created the administrator {} with the generated password {} (shown once; change it)",
                        email, password),
                () -> LOG.info("created the administrator {}", email)));
    }
}
