package org.b2b.customers.application.invitation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.InvitationTemplate;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.b2b.customers.application.port.out.Outbox;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.user.User;

/**
 * Leaves the invitation mail in the outbox, in the inviting transaction. The message says who invites whom to
 * what, never the link: the dispatcher rebuilds that from the invitation when it sends.
 */
final class InvitationMessages {

    private final Outbox outbox;
    private final Roles roles;
    private final Users users;

    InvitationMessages(Outbox outbox, Roles roles, Users users) {
        this.outbox = outbox;
        this.roles = roles;
        this.users = users;
    }

    /** The mail of one invitation, which names the actor as the one who invites. */
    void append(Invitation invitation, Company company, Actor inviter, Instant now) {
        String roleName = roles.find(invitation.role()).map(Role::name).orElse(invitation.role().value());
        outbox.append(message(invitation, company, users.find(inviter.userId()).orElseThrow(), roleName, now));
    }

    /** The mail of an invitation, not yet written: a bulk invitation writes the mails of many lines together. */
    OutboundMessage message(Invitation invitation, Company company, User inviter, String roleName, Instant now) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(InvitationTemplate.INVITATION_ID, invitation.id().toString());
        data.put(InvitationTemplate.COMPANY_NAME, company.name());
        data.put(InvitationTemplate.INVITER_NAME, inviter.name().fullName());
        data.put(InvitationTemplate.ROLE, invitation.role().value());
        data.put(InvitationTemplate.ROLE_NAME, roleName);
        data.put(InvitationTemplate.EXPIRES_AT, invitation.expiresAt().toString());
        data.put(InvitationTemplate.SEND_COUNT, Integer.toString(invitation.sendCount()));
        return new OutboundMessage(UUID.randomUUID(), invitation.email(), InvitationTemplate.NAME, data, now);
    }

    void appendAll(List<OutboundMessage> messages) {
        outbox.appendAll(messages);
    }
}
