package org.b2b.customers.benchmarks.mail;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.validation.Validation;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.IntStream;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.installation.SetUpInstallationCommand;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.mail.DeliverMailUseCase;
import org.b2b.customers.application.security.Pbkdf2PasswordHasher;
import org.b2b.customers.domain.invitation.InvitationTtl;
import org.b2b.customers.domain.invitation.RegistrationTokens;
import org.b2b.customers.mail.MailComposer;
import org.b2b.customers.mail.OutboxDispatcher;
import org.b2b.customers.mail.SmtpMailSender;
import org.b2b.customers.mail.SmtpSettings;
import org.b2b.customers.passwordscreen.ZxcvbnPasswordScreen;
import org.b2b.customers.persistence.Database;
import org.b2b.customers.persistence.DatabaseConfig;
import org.b2b.customers.testkit.TestData;

/**
 * P5: invitations queued in the outbox, then delivered by the outbox dispatcher as the server runs it
 * ({@value OutboxDispatcher#DEFAULT_THREADS} threads, batches of {@value OutboxDispatcher#DEFAULT_BATCH_SIZE}, one
 * SMTP connection per batch) to GreenMail's SMTP server in this JVM, in mails per second; beside it, a bare Jakarta
 * Mail loop sending as many ready-made mails of the same shape over one connection. The database must be empty.
 * Goal: at least {@value #GOAL_PER_SECOND} mails a second.
 */
public final class MailDispatchBenchmark {

    public static final double GOAL_PER_SECOND = 500;

    private static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    private static final String FROM = "no-reply@seller.example";

    /**
     * What one run measured: the measured invitations, the dispatcher's seconds for them and the SMTP connections
     * it opened, the bare loop's seconds for as many mails, and all the mails the SMTP server received, warm-up
     * included.
     */
    public record Figures(int invitations, double dispatcherSeconds, int connections, double bareSeconds,
            int received) {

        public double dispatcherPerSecond() {
            return invitations / dispatcherSeconds;
        }

        public double barePerSecond() {
            return invitations / bareSeconds;
        }

        public double ratio() {
            return dispatcherPerSecond() / barePerSecond();
        }
    }

    private MailDispatchBenchmark() {}

    /** Queues and dispatches {@code warmUp} invitations, then {@code invitations} measured, then the bare loop. */
    public static Figures measure(DatabaseConfig config, int invitations, int warmUp) throws Exception {
        try (CountingSmtpServer smtp = new CountingSmtpServer(); Database database = Database.open(config)) {
            CustomerManagement useCases = new CustomerManagement(database.drivenPorts(new Pbkdf2PasswordHasher(1_000), CLOCK),
                    new Settings(InvitationTtl.DEFAULT, URI.create("https://customers.example.com"),
                            new RegistrationTokens(RegistrationTokens.newKey())),
                    Validation.buildDefaultValidatorFactory().getValidator(), new ZxcvbnPasswordScreen());
            Actor administrator = Actor.of(useCases.installation().setUp()
                    .setUp(new SetUpInstallationCommand(Optional.of("admin@seller.example"), Optional.of("p5 administrator password")))
                    .createdAdministrator().orElseThrow(() -> new IllegalStateException("the database is not empty")));
            TestData data = TestData.of(useCases, administrator);
            SmtpSettings server = new SmtpSettings("127.0.0.1", smtp.port(), Optional.empty(), Optional.empty(), false);
            DeliverMailUseCase delivery = useCases.mail().deliver(database.outboxQueue(),
                    new SmtpMailSender(server, MailComposer.load(FROM, Optional.empty(), CLOCK)));

            queue(useCases, administrator, data, "warm-up", warmUp);
            dispatch(delivery, smtp, warmUp);
            long queuing = System.nanoTime();
            queue(useCases, administrator, data, "measured", invitations);
            System.out.printf(Locale.ROOT, "  P5: queued %,d invitations in %.1f s (not measured)%n", invitations,
                    seconds(System.nanoTime() - queuing));

            int connectionsBefore = smtp.connections();
            double dispatched = dispatch(delivery, smtp, invitations);
            int connections = smtp.connections() - connectionsBefore;
            double bare = bareLoop(smtp, invitations);
            Figures figures = new Figures(invitations, dispatched, connections, bare, smtp.received());
            System.out.printf(Locale.ROOT, "  P5: dispatcher %,.0f mails/s over %d connections, bare loop %,.0f mails/s%n",
                    figures.dispatcherPerSecond(), connections, figures.barePerSecond());
            return figures;
        }
    }

    /** Invites that many people to a new company, in bulks of the largest size a request may have. */
    private static void queue(CustomerManagement useCases, Actor administrator, TestData data, String label, int count) {
        CompanyView company = data.company("P5 " + label + " company", data.salesRepresentative());
        for (int from = 0; from < count; from += InviteMembersCommand.MAX_INVITATIONS) {
            List<Invitee> invitees = IntStream.range(from, Math.min(count, from + InviteMembersCommand.MAX_INVITATIONS))
                    .mapToObj(i -> new Invitee("p5-" + label + "-" + i + "@buyer.example", "company_buyer")).toList();
            useCases.invitations().invite().invite(administrator, new InviteMembersCommand(company.id(), invitees));
        }
    }

    /** Runs a dispatcher until that many more mails have arrived; the seconds it took. */
    private static double dispatch(DeliverMailUseCase delivery, CountingSmtpServer smtp, int count) throws InterruptedException {
        int target = smtp.received() + count;
        long start = System.nanoTime();
        try (OutboxDispatcher dispatcher = OutboxDispatcher.start(delivery)) {
            if (!smtp.awaitReceived(target, Duration.ofMinutes(10))) {
                throw new IllegalStateException("only " + smtp.received() + " of " + target + " mails arrived");
            }
            return seconds(System.nanoTime() - start);
        }
    }

    /** Sends that many ready-made mails of the invitation's shape over one connection; the seconds it took. */
    private static double bareLoop(CountingSmtpServer smtp, int count) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.from", FROM);
        Session session = Session.getInstance(properties);
        List<MimeMessage> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(FROM));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("bare-" + i + "@buyer.example"));
            message.setSubject("Administrator Account invites you to join P5 measured company", "UTF-8");
            MimeBodyPart text = new MimeBodyPart();
            text.setText("x".repeat(400), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText("<p>" + "x".repeat(1_200) + "</p>", "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", text, html));
            message.saveChanges();
            messages.add(message);
        }
        int target = smtp.received() + count;
        long start = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect("127.0.0.1", smtp.port(), null, null);
            for (MimeMessage message : messages) {
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
        if (!smtp.awaitReceived(target, Duration.ofMinutes(1))) {
            throw new IllegalStateException("the bare loop's mails did not all arrive");
        }
        return seconds(System.nanoTime() - start);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
