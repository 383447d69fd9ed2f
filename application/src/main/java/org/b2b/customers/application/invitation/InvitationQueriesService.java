package org.b2b.customers.application.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.invitation.GetRegistrationLinkUseCase;
import org.b2b.customers.application.invitation.InvitationView;
import org.b2b.customers.application.invitation.ListInvitationsQuery;
import org.b2b.customers.application.invitation.ListInvitationsUseCase;
import org.b2b.customers.application.invitation.RegistrationLink;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.CommandValidation;
import org.b2b.customers.application.support.Cursors;
import org.b2b.customers.application.support.AccessControl;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationErrorCode;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.Choice;

/** Reads a company's invitations, and the registration link of a pending one ("copy link"). */
final class InvitationQueriesService implements ListInvitationsUseCase, GetRegistrationLinkUseCase {

    private final Transactions transactions;
    private final AccessControl access;
    private final CommandValidation validation;
    private final Invitations invitations;
    private final CompanyInvitations companyInvitations;
    private final InvitationViews views;
    private final Settings settings;
    private final Clock clock;

    InvitationQueriesService(Transactions transactions, AccessControl access, CommandValidation validation,
            Invitations invitations, Users users, Settings settings, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.validation = validation;
        this.invitations = invitations;
        this.companyInvitations = new CompanyInvitations(invitations);
        this.views = new InvitationViews(users);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Page<InvitationView> list(Actor actor, ListInvitationsQuery query) {
        return transactions.inTransaction(() -> {
            Company company = access.caller(actor).company(query.companyId(), Permission.INVITATION_VIEW);
            var errors = validation.errorsOf(query);
            Optional<InvitationStatus> status = query.status().filter(s -> !s.isBlank())
                    .map(s -> errors.check(() -> Choice.parse(InvitationStatus.class, "status", s)));
            Optional<Invitations.Key> after = errors.check(() -> Cursors.decode(query.page().cursor(), 2,
                    parts -> new Invitations.Key(Instant.parse(parts.get(0)), InvitationId.parse("cursor", parts.get(1)))));
            errors.throwIfAny();
            Instant now = clock.instant();
            Slice<Invitation> slice = invitations.listByCompany(company.id(), status, now, after, query.page().limit());
            Optional<String> next = slice.hasMore()
                    ? Optional.of(Cursors.encode(slice.last().createdAt(), slice.last().id()))
                    : Optional.empty();
            return new Page<>(views.of(slice.items(), now), next);
        });
    }

    @Override
    public RegistrationLink link(Actor actor, CompanyId companyId, InvitationId invitationId) {
        return transactions.inTransaction(() -> {
            Company company = access.caller(actor).company(companyId, Permission.INVITATION_VIEW);
            Invitation invitation = companyInvitations.find(company, invitationId);
            InvitationStatus status = invitation.statusAt(clock.instant());
            if (status != InvitationStatus.PENDING) {
                throw DomainException.conflict(InvitationErrorCode.closed(status), switch (status) {
                    case EXPIRED -> "This invitation has expired, so its link no longer works; re-send it for a new one.";
                    case REVOKED -> "This invitation was revoked; its link no longer works.";
                    default -> "This invitation was accepted; its link is used up.";
                });
            }
            String token = settings.registrationTokens().tokenFor(invitation.secret());
            return new RegistrationLink(settings.registrationLink(token));
        });
    }
}
