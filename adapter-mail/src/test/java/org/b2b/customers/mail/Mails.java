package org.b2b.customers.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.b2b.customers.application.port.out.InvitationTemplate;
import org.b2b.customers.application.port.out.PreparedMail;
import org.b2b.customers.domain.user.EmailAddress;

/** Prepared invitation mails as the application hands them over, and the parts of a received message. */
public final class Mails {

    static final String LINK = "https://customers.example.com/register/k3Y-t0ken";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    private Mails() {}

    static MailComposer composer() {
        return MailComposer.load("no-reply@seller.example", Optional.empty(), CLOCK);
    }

    static PreparedMail invitation(String email) {
        return invitation(email, "Acme Industrial");
    }

    static PreparedMail invitation(String email, String companyName) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(InvitationTemplate.INVITATION_ID, UUID.randomUUID().toString());
        data.put(InvitationTemplate.COMPANY_NAME, companyName);
        data.put(InvitationTemplate.INVITER_NAME, "Ada Lovelace");
        data.put(InvitationTemplate.ROLE, "company_buyer");
        data.put(InvitationTemplate.ROLE_NAME, "Buyer");
        data.put(InvitationTemplate.EXPIRES_AT, "2026-12-07T09:00:00Z");
        data.put(InvitationTemplate.SEND_COUNT, "1");
        data.put(InvitationTemplate.REGISTRATION_LINK, LINK);
        return new PreparedMail(EmailAddress.of(email), InvitationTemplate.NAME, data);
    }

    /** The plain text alternative of a message. */
    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    /** The HTML alternative of a message. */
    static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    private static String part(MimeMessage message, String type) {
        try {
            MimeMultipart alternatives = (MimeMultipart) message.getContent();
            for (int i = 0; i < alternatives.getCount(); i++) {
                BodyPart part = alternatives.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
            }
            throw new AssertionError("the message has no " + type + " part");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
