package org.b2b.customers.application.invitation;

import java.time.Clock;
import java.time.Instant;
import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.invitation.InvitationView;
import org.b2b.customers.application.invitation.ResendInvitationUseCase;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.Outbox;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.HistoryRecorder;
import org.b2b.customers.application.support.AccessControl;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.shared.DomainException;

/** Sends an invitation again, renewing an expired one with a new link. */
final class ResendInvitationService implements ResendInvitationUseCase {

    private final Transactions transactions;
    private final AccessControl access;
    private final Invitations invitations;
    private final CompanyInvitations companyInvitations;
    private final InvitationViews views;
    private final Users users;
    private final InvitationMessages messages;
    private final InvitationHistory history;
    private final Settings settings;
    private final Clock clock;

    ResendInvitationService(Transactions transactions, AccessControl access, Invitations invitations,
            Users users, Roles roles, Outbox outbox, HistoryRecorder history, Settings settings, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.invitations = invitations;
        this.companyInvitations = new CompanyInvitations(invitations);
        this.views = new InvitationViews(users);
        this.users = users;
        this.messages = new InvitationMessages(outbox, roles);
        this.history = new InvitationHistory(history);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public InvitationView resend(Actor actor, CompanyId companyId, InvitationId invitationId) {
        return transactions.inTransaction(() -> {
            Company company = access.caller(actor).company(companyId, Permission.INVITATION_MANAGE);
            Invitation invitation = companyInvitations.find(company, invitationId);
            Instant now = clock.instant();
            Invitation resent = invitation.resend(settings.invitationTtl(), settings.registrationTokens(), now);
            if (!company.isActive()) {
                throw DomainException.ruleViolated(CompanyErrorCode.DEACTIVATED,
                        "A deactivated company cannot invite members; reactivate it first.");
            }
            Invitation stored = invitations.update(resent);
            messages.append(stored, company, users.find(actor.userId()).orElseThrow(), now);
            history.record(actor, stored, "invitation.resent");
            return views.of(stored, now);
        });
    }
}
