package org.b2b.customers.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.UnaryOperator;
import org.b2b.customers.application.port.out.InvitationTemplate;
import org.b2b.customers.application.port.out.PreparedMail;

/**
 * Turns a prepared mail into a MIME message from its template files: a subject, and the same content as plain text
 * and as HTML, alternatives of each other. Values go into the HTML escaped, so that a company named
 * {@code <script>} is shown as such; times are put in words, in UTC.
 */
public final class MailComposer {

    /** The recipient's address, a value every template may show besides the mail's own data. */
    static final String RECIPIENT = "recipient";

    private static final DateTimeFormatter IN_WORDS =
            DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final Set<String> INVITATION_VALUES = Set.of(InvitationTemplate.INVITATION_ID,
            InvitationTemplate.COMPANY_NAME, InvitationTemplate.INVITER_NAME, InvitationTemplate.ROLE,
            InvitationTemplate.ROLE_NAME, InvitationTemplate.EXPIRES_AT, InvitationTemplate.SEND_COUNT,
            InvitationTemplate.REGISTRATION_LINK, RECIPIENT);
    /**
     * A subject is what a mail filter, a phone's notification and a recipient's glance read first: a name a customer
     * typed (the inviter's) would let anyone with an account put their words there, "Your bank:" say.
     */
    private static final Set<String> INVITATION_SUBJECT_VALUES = INVITATION_VALUES.stream()
            .filter(value -> !value.equals(InvitationTemplate.INVITER_NAME)).collect(Collectors.toUnmodifiableSet());

    static {
        // Jakarta Mail looks its stream provider up with a ServiceLoader for every body part it makes, which costs
        // a fifth of the time of sending a mail; named here, the provider is found at once.
        if (System.getProperty(StreamProvider.class.getName()) == null) {
            System.setProperty(StreamProvider.class.getName(), "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final InternetAddress from;
    private final Map<String, MailTemplate> templates;
    private final Clock clock;

    private MailComposer(InternetAddress from, Map<String, MailTemplate> templates, Clock clock) {
        this.from = from;
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * A composer sending from the given address, with the templates that come with the adapter, each replaced by a
     * file of the same name in {@code overrides} when there is one.
     */
    public static MailComposer load(String from, Optional<Path> overrides, Clock clock) {
        try {
            return new MailComposer(new InternetAddress(from, true),
                    Map.of(InvitationTemplate.NAME, MailTemplate.load(InvitationTemplate.NAME, overrides,
                            INVITATION_VALUES, INVITATION_SUBJECT_VALUES)),
                    clock);
        } catch (AddressException e) {
            throw new IllegalArgumentException("the sender address '" + from + "' is not a mail address", e);
        }
    }

    /** The sender's address. */
    public String from() {
        return from.getAddress();
    }

    /** The message for a mail; an address that is not one for mail is an {@link AddressException}. */
    MimeMessage compose(Session session, PreparedMail mail) throws MessagingException {
        MailTemplate template = templates.get(mail.template());
        if (template == null) {
            throw new IllegalArgumentException("there is no template for mails of the kind '" + mail.template() + "'");
        }
        Map<String, String> values = valuesOf(mail);
        MimeMultipart alternatives = new MimeMultipart("alternative",
                part(template.text().render(values, UnaryOperator.identity()), "plain"),
                part(template.html().render(values, MailComposer::escapeHtml), "html"));

        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient().value(), true));
        message.setSubject(template.subject().render(values, UnaryOperator.identity()).strip()
                .replaceAll("\\s*[\\r\\n]+\\s*", " "), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        message.setContent(alternatives);
        message.saveChanges();
        return message;
    }

    /**
     * A text part in quoted-printable, which keeps mostly English text readable in the raw message; naming the
     * encoding also spares Jakarta Mail a pass over the text to choose one.
     */
    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, "UTF-8", subtype);
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    private static Map<String, String> valuesOf(PreparedMail mail) {
        Map<String, String> values = new HashMap<>(mail.data());
        values.put(RECIPIENT, mail.recipient().value());
        values.computeIfPresent(InvitationTemplate.EXPIRES_AT, (key, instant) -> IN_WORDS.format(Instant.parse(instant)));
        return values;
    }

    static String escapeHtml(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
