package org.b2b.customers.application.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.b2b.customers.application.port.out.ClaimedMessage;
import org.b2b.customers.application.port.out.DeliveryFailure;
import org.b2b.customers.application.port.out.InvitationTemplate;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.MailSender;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.b2b.customers.application.port.out.OutboxQueue;
import org.b2b.customers.application.port.out.PermanentDeliveryFailure;
import org.b2b.customers.application.port.out.PreparedMail;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.shared.InvalidInputException;

/**
 * Works off the outbox: decides what is sent, when a failed mail is tried again and when it is given up, and keeps
 * the books in the outbox and on the invitation. How a mail travels is the mail sender's business.
 */
final class DeliverMailService implements DeliverMailUseCase {

    /** How long a round holds its claim: long enough for a batch, short enough that a crashed one is soon taken over. */
    static final Duration LEASE = Duration.ofMinutes(5);
    /**
     * The longest one sending may take (connecting, then the SMTP dialogue, each step bounded by the mail sender's
     * timeouts). A round starts no sending later than this before its lease ends, so that no other dispatcher can
     * have claimed the message in the meantime.
     */
    static final Duration SEND_ALLOWANCE = Duration.ofMinutes(2);
    /** How long a mail is tried that has no expiry of its own, unlike an invitation. */
    static final Duration MAIL_WITHOUT_EXPIRY_LIFETIME = Duration.ofDays(3);

    /** What became of one message of a round. */
    private enum Outcome { SENT, RETRIED, FAILED, DROPPED }

    private final Transactions transactions;
    private final Clock clock;
    private final OutboxQueue queue;
    private final MailSender sender;
    private final PrepareMailUseCase prepareMail;
    private final Invitations invitations;
    private final RetrySchedule retrySchedule;

    DeliverMailService(UseCaseSupport support, MailRoute route, PrepareMailUseCase prepareMail, Invitations invitations) {
        this.transactions = support.transactions();
        this.clock = support.clock();
        this.queue = route.queue();
        this.sender = route.sender();
        this.prepareMail = prepareMail;
        this.invitations = invitations;
        this.retrySchedule = RetrySchedule.jittered();
    }

    @Override
    public DeliveryRound deliverDue(int limit, BooleanSupplier carryOn) {
        if (limit < 1) {
            throw new IllegalArgumentException("a round delivers at least one message");
        }
        UUID claim = UUID.randomUUID();
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(LEASE);
        List<ClaimedMessage> claimed = transactions.inTransaction(() -> queue.claim(claim, limit, now, leaseUntil));
        if (claimed.isEmpty()) {
            return DeliveryRound.NOTHING_DUE;
        }
        Map<UUID, Optional<PreparedMail>> prepared = prepareAll(claimed);
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        int delivered = 0;
        try (MailSender.Batch batch = sender.openBatch()) {
            while (delivered < claimed.size() && carryOn.getAsBoolean()
                    && clock.instant().isBefore(leaseUntil.minus(SEND_ALLOWANCE))) {
                outcomes.merge(deliver(batch, claimed.get(delivered), claim, prepared), 1, Integer::sum);
                delivered++;
            }
        }
        List<ClaimedMessage> rest = claimed.subList(delivered, claimed.size());
        transactions.inTransaction(() -> rest.forEach(message -> queue.release(message.message().id(), claim)));
        return new DeliveryRound(claimed.size(), outcomes.getOrDefault(Outcome.SENT, 0),
                outcomes.getOrDefault(Outcome.RETRIED, 0), outcomes.getOrDefault(Outcome.FAILED, 0),
                outcomes.getOrDefault(Outcome.DROPPED, 0), rest.size());
    }

    /**
     * The mails of a round, prepared together rather than one each. When one of them cannot be prepared, none is
     * prepared here, and each is on its own when sent, so that the failure stays with its message.
     */
    private Map<UUID, Optional<PreparedMail>> prepareAll(List<ClaimedMessage> claimed) {
        try {
            return prepareMail.prepareAll(claimed.stream().map(ClaimedMessage::message).toList());
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private Outcome deliver(MailSender.Batch batch, ClaimedMessage claimed, UUID claim,
            Map<UUID, Optional<PreparedMail>> prepared) {
        OutboundMessage message = claimed.message();
        try {
            Optional<PreparedMail> mail = prepared.containsKey(message.id())
                    ? prepared.get(message.id())
                    : prepareMail.prepare(message);
            if (mail.isEmpty()) {
                transactions.inTransaction(() -> queue.markDropped(message.id(), claim,
                        "nothing to send: the invitation was accepted, revoked, re-sent or has expired"));
                return Outcome.DROPPED;
            }
            batch.send(mail.get());
        } catch (DeliveryFailure e) {
            return e instanceof PermanentDeliveryFailure
                    ? fail(message, claim, e.getMessage())
                    : retryOrGiveUp(claimed, claim, e.getMessage());
        } catch (RuntimeException e) {
            // A message that cannot be prepared or rendered must not block the queue: it is tried like any other.
            return retryOrGiveUp(claimed, claim, "unexpected " + e);
        }
        transactions.inTransaction(() -> queue.markSent(message.id(), claim, clock.instant()));
        return Outcome.SENT;
    }

    private Outcome retryOrGiveUp(ClaimedMessage claimed, UUID claim, String error) {
        OutboundMessage message = claimed.message();
        Instant next = clock.instant().plus(retrySchedule.delayAfter(claimed.attempt()));
        if (!next.isBefore(giveUpAt(message))) {
            return fail(message, claim, "gave up after " + claimed.attempt()
                    + (claimed.attempt() == 1 ? " attempt: " : " attempts: ") + error);
        }
        transactions.inTransaction(() -> queue.scheduleRetry(message.id(), claim, next, error));
        return Outcome.RETRIED;
    }

    private Outcome fail(OutboundMessage message, UUID claim, String reason) {
        transactions.inTransaction(() -> {
            if (queue.markFailed(message.id(), claim, reason)) {
                showOnInvitation(message, "delivery failed: " + reason);
            }
        });
        return Outcome.FAILED;
    }

    /** Staff see the failure on the invitation the mail was for, unless a later sending has replaced the mail. */
    private void showOnInvitation(OutboundMessage message, String failure) {
        if (!message.template().equals(InvitationTemplate.NAME)) {
            return;
        }
        invitationOf(message).flatMap(invitations::find)
                .filter(invitation -> invitation.isOpen())
                .filter(invitation -> Integer.toString(invitation.sendCount())
                        .equals(message.data().get(InvitationTemplate.SEND_COUNT)))
                .ifPresent(invitation -> invitations.update(invitation.deliveryFailed(failure)));
    }

    private static Optional<InvitationId> invitationOf(OutboundMessage message) {
        try {
            return Optional.of(InvitationId.parse(InvitationTemplate.INVITATION_ID,
                    message.data().get(InvitationTemplate.INVITATION_ID)));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    /** An invitation mail is pointless once the invitation expired; other mails get a lifetime of their own. */
    private static Instant giveUpAt(OutboundMessage message) {
        try {
            return Optional.ofNullable(message.data().get(InvitationTemplate.EXPIRES_AT)).map(Instant::parse)
                    .orElse(message.createdAt().plus(MAIL_WITHOUT_EXPIRY_LIFETIME));
        } catch (DateTimeParseException e) {
            return message.createdAt().plus(MAIL_WITHOUT_EXPIRY_LIFETIME);
        }
    }
}
