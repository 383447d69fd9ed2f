package org.b2b.customers.testkit;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.installation.InstallationReport;
import org.b2b.customers.application.installation.SetUpInstallationCommand;
import org.b2b.customers.application.port.out.PreparedMail;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.b2b.customers.domain.invitation.InvitationTtl;
import org.b2b.customers.domain.invitation.RegistrationTokens;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.passwordscreen.ZxcvbnPasswordScreen;

/**
 * The whole system wired on any set of driven ports, ready for a test: a clock the test moves, the installation set
 * up with a first administrator to act as, test data builders, and the mails the committed outbox would send.
 * {@link InMemorySystem} is this on the in-memory adapters; a database adapter's tests build it on their ports.
 *
 * <pre>{@code
 * TestSystem system = TestSystem.on(clock -> database.drivenPorts(hasher, clock), () -> committedOutboxMessages());
 * }</pre>
 */
public class TestSystem {

    public static final Instant DEFAULT_START = Instant.parse("2026-01-05T09:00:00Z");
    public static final String ADMIN_EMAIL = "admin@example.com";
    public static final String ADMIN_PASSWORD = "correct horse battery staple";

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private final MutableClock clock;
    private final DrivenPorts ports;
    private final Supplier<List<OutboundMessage>> committedMessages;
    private final Settings settings;
    private final CustomerManagement useCases;
    private final Actor administrator;
    private final TestData testData;

    /**
     * Wires the use cases on the ports made for the system's clock, which starts at {@code start}, and sets up the
     * installation; {@code committedMessages} reads back every outbox message committed so far, oldest first.
     */
    protected TestSystem(Instant start, InvitationTtl ttl, Function<Clock, DrivenPorts> ports,
            Supplier<List<OutboundMessage>> committedMessages) {
        this.clock = new MutableClock(start);
        this.ports = requireNonNull(ports.apply(clock), "ports");
        this.committedMessages = requireNonNull(committedMessages, "committedMessages");
        settings = new Settings(ttl, URI.create("http://localhost:7070"), new RegistrationTokens(RegistrationTokens.newKey()));
        useCases = new CustomerManagement(this.ports, settings, validator(), new ZxcvbnPasswordScreen());
        InstallationReport installed = useCases.installation().setUp()
                .setUp(new SetUpInstallationCommand(Optional.of(ADMIN_EMAIL), Optional.of(ADMIN_PASSWORD)));
        administrator = Actor.of(installed.createdAdministrator().orElseThrow(() ->
                new IllegalStateException("the ports hold an installation already: a test system needs empty ones")));
        testData = new TestData(useCases, administrator);
    }

    /** A new system on empty ports, with the default start time and seven-day invitations. */
    public static TestSystem on(Function<Clock, DrivenPorts> ports, Supplier<List<OutboundMessage>> committedMessages) {
        return new TestSystem(DEFAULT_START, InvitationTtl.DEFAULT, ports, committedMessages);
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

    public Settings settings() {
        return settings;
    }

    /** The adapters themselves, for tests that look behind the use cases. */
    public DrivenPorts ports() {
        return ports;
    }

    /** Every outbox message committed so far, oldest first. */
    public List<OutboundMessage> messages() {
        return committedMessages.get();
    }

    /**
     * The mails that would go out now, oldest first, as the dispatcher prepares them: invitation mails carry their
     * registration link, and those of invitations that can no longer be accepted are left out.
     */
    public List<PreparedMail> mails() {
        return messages().stream()
                .flatMap(message -> useCases.mail().prepare().prepare(message).stream())
                .toList();
    }

    /** The mails that would go out now to one address, oldest first. */
    public List<PreparedMail> mailsTo(String email) {
        EmailAddress recipient = EmailAddress.of(email);
        return mails().stream().filter(mail -> mail.recipient().equals(recipient)).toList();
    }
}
