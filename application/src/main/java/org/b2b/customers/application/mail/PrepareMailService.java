package org.b2b.customers.application.mail;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.InvitationTemplate;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.b2b.customers.application.port.out.PreparedMail;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.invitation.InvitationStatus;

/**
 * Turns outbox messages into mails. An invitation mail is built from the invitation as it is now: its link
 * rebuilt from the stored secret with the installation's key, its current expiry; nothing is sent for an
 * invitation that can no longer be accepted or that a later sending superseded.
 */
final class PrepareMailService implements PrepareMailUseCase {

    private final UseCaseSupport support;
    private final Invitations invitations;
    private final Companies companies;
    private final Settings settings;

    PrepareMailService(UseCaseSupport support, Invitations invitations, Companies companies, Settings settings) {
        this.support = support;
        this.invitations = invitations;
        this.companies = companies;
        this.settings = settings;
    }

    @Override
    public Optional<PreparedMail> prepare(OutboundMessage message) {
        return prepareAll(List.of(message)).get(message.id());
    }

    @Override
    public Map<UUID, Optional<PreparedMail>> prepareAll(List<OutboundMessage> messages) {
        return support.transactions().inTransaction(() -> {
            Instant now = support.clock().instant();
            Map<InvitationId, Invitation> invitationsById = new HashMap<>();
            invitations.findAll(messages.stream().filter(PrepareMailService::isInvitation)
                            .map(PrepareMailService::invitationIdOf).distinct().toList())
                    .forEach(invitation -> invitationsById.put(invitation.id(), invitation));
            // A bulk invitation's mails share one company: each company is read once a batch.
            Map<CompanyId, Boolean> activeCompanies = new HashMap<>();
            Map<UUID, Optional<PreparedMail>> prepared = new HashMap<>();
            for (OutboundMessage message : messages) {
                prepared.put(message.id(), !isInvitation(message)
                        ? Optional.of(new PreparedMail(message.recipient(), message.template(), message.data()))
                        : Optional.ofNullable(invitationsById.get(invitationIdOf(message)))
                                .filter(invitation -> invitation.statusAt(now) == InvitationStatus.PENDING)
                                .filter(invitation -> Integer.toString(invitation.sendCount())
                                        .equals(message.data().get(InvitationTemplate.SEND_COUNT)))
                                .filter(invitation -> activeCompanies.computeIfAbsent(invitation.companyId(),
                                        id -> companies.find(id).filter(Company::isActive).isPresent()))
                                .map(invitation -> invitationMail(message, invitation)));
            }
            return prepared;
        });
    }

    private static boolean isInvitation(OutboundMessage message) {
        return message.template().equals(InvitationTemplate.NAME);
    }

    private static InvitationId invitationIdOf(OutboundMessage message) {
        return InvitationId.parse(InvitationTemplate.INVITATION_ID, message.data().get(InvitationTemplate.INVITATION_ID));
    }

    private PreparedMail invitationMail(OutboundMessage message, Invitation invitation) {
        Map<String, String> data = new LinkedHashMap<>(message.data());
        data.put(InvitationTemplate.EXPIRES_AT, invitation.expiresAt().toString());
        data.put(InvitationTemplate.REGISTRATION_LINK,
                settings.registrationLink(settings.registrationTokens().tokenFor(invitation.secret())).toString());
        return new PreparedMail(message.recipient(), message.template(), data);
    }
}
