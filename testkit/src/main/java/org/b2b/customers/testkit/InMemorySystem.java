package org.b2b.customers.testkit;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.DrivenPorts;
import org.b2b.customers.application.Settings;
import org.b2b.customers.application.port.in.Actor;
import org.b2b.customers.application.port.in.installation.InstallationReport;
import org.b2b.customers.application.port.in.installation.SetUpInstallationCommand;
import org.b2b.customers.application.port.in.mail.PreparedMail;
import org.b2b.customers.application.service.security.Pbkdf2PasswordHasher;
import org.b2b.customers.domain.invitation.InvitationTtl;
import org.b2b.customers.domain.invitation.RegistrationTokens;
import org.b2b.customers.domain.user.EmailAddress;

/**
 * The whole system in memory, ready for a test: every use case wired to in-memory adapters, a clock the test
 * moves, the outbox it reads, and a first administrator to act as. Nothing touches a database, the network or a
 * mail server.
 *
 * <pre>{@code
 * InMemorySystem system = InMemorySystem.start();
 * var company = system.useCases().createCompany().create(system.administrator(), command);
 * system.clock().advance(Duration.ofDays(8));
 * }</pre>
 */
public final class InMemorySystem {

    public static final Instant DEFAULT_START = Instant.parse("2026-01-05T09:00:00Z");
    public static final String ADMIN_EMAIL = "admin@example.com";
    public static final String ADMIN_PASSWORD = "correct horse battery staple";

    /** Hashing costs that keep tests fast; production uses {@link Pbkdf2PasswordHasher#OWASP_ITERATIONS}. */
    private static final int TEST_HASH_ITERATIONS = 1_000;

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private final MutableClock clock;
    private final InMemoryStore store;
    private final InMemoryOutbox outbox;
    private final DrivenPorts ports;
    private final Settings settings;
    private final CustomerManagement useCases;
    private final Actor administrator;
    private final TestData testData;

    private InMemorySystem(Instant start, InvitationTtl ttl) {
        clock = new MutableClock(start);
        store = new InMemoryStore();
        outbox = new InMemoryOutbox(store);
        InMemoryMembers members = new InMemoryMembers(store);
        ports = new DrivenPorts(store, new InMemoryCompanies(store, members), new InMemoryUsers(store, members),
                members, new InMemoryInvitations(store), new InMemoryAddressBooks(store),
                new InMemoryCustomerGroups(store), new InMemoryRoles(store), new InMemoryOrders(store),
                new InMemoryHistory(store), outbox, new InMemoryAccessTokens(store),
                new Pbkdf2PasswordHasher(TEST_HASH_ITERATIONS), clock);
        settings = new Settings(ttl, URI.create("http://localhost:7070"), new RegistrationTokens(RegistrationTokens.newKey()));
        useCases = new CustomerManagement(ports, settings, validator());
        InstallationReport installed = useCases.setUpInstallation()
                .setUp(new SetUpInstallationCommand(Optional.of(ADMIN_EMAIL), Optional.of(ADMIN_PASSWORD)));
        administrator = Actor.of(installed.createdAdministrator().orElseThrow());
        testData = new TestData(useCases, administrator);
    }

    /** A new system with the default start time and seven-day invitations. */
    public static InMemorySystem start() {
        return new InMemorySystem(DEFAULT_START, InvitationTtl.DEFAULT);
    }

    /** A new system whose invitations stay valid for the given time. */
    public static InMemorySystem startWithInvitationTtl(Duration ttl) {
        return new InMemorySystem(DEFAULT_START, new InvitationTtl(ttl));
    }

    /** The Jakarta validator (Hibernate Validator) that the use cases check commands with. */
    public static Validator validator() {
        return VALIDATION.getValidator();
    }

    public CustomerManagement useCases() {
        return useCases;
    }

    /** The first administrator, {@value #ADMIN_EMAIL}, who holds every staff permission. */
    public Actor administrator() {
        return administrator;
    }

    /** Builders of valid companies, users and groups, made through the use cases. */
    public TestData testData() {
        return testData;
    }

    public MutableClock clock() {
        return clock;
    }

    /** The mail the use cases left to be sent. */
    public InMemoryOutbox outbox() {
        return outbox;
    }

    public Settings settings() {
        return settings;
    }

    /** The in-memory adapters themselves, for tests that look behind the use cases. */
    public DrivenPorts ports() {
        return ports;
    }

    /**
     * The mails that would go out now, oldest first, as the dispatcher prepares them: invitation mails carry their
     * registration link, and those of invitations that can no longer be accepted are left out.
     */
    public List<PreparedMail> mails() {
        return outbox.messages().stream()
                .flatMap(message -> useCases.prepareMail().prepare(message).stream())
                .toList();
    }

    /** The mails that would go out now to one address, oldest first. */
    public List<PreparedMail> mailsTo(String email) {
        EmailAddress recipient = EmailAddress.of(email);
        return mails().stream().filter(mail -> mail.recipient().equals(recipient)).toList();
    }
}
