package org.b2b.customers.application.invitation;

import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.application.support.Cursors;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.domain.shared.Choice;

/** Lists a company's invitations page by page, newest first, optionally of one status. */
final class ListInvitationsService implements ListInvitationsUseCase {

    private final UseCaseSupport support;
    private final Invitations invitations;

    ListInvitationsService(UseCaseSupport support, Invitations invitations) {
        this.support = support;
        this.invitations = invitations;
    }

    @Override
    public Page<InvitationView> list(Actor actor, ListInvitationsQuery query) {
        return support.readingAsCaller(actor, caller -> {
            Company company = caller.company(query.companyId(), Permission.INVITATION_VIEW);
            var errors = support.validation().errorsOf(query);
            Optional<InvitationStatus> status = query.status().filter(s -> !s.isBlank())
                    .map(s -> errors.check(() -> Choice.parse(InvitationStatus.class, "status", s)));
            Optional<Invitations.Key> after = errors.check(() -> Cursors.decode(query.page().cursor(), 2,
                    parts -> new Invitations.Key(Instant.parse(parts.get(0)), InvitationId.parse("cursor", parts.get(1)))));
            errors.throwIfAny();
            Instant now = support.clock().instant();
            Slice<Invitations.WithSender> slice = invitations.listWithSenders(company.id(), status, now, after,
                    query.page().limit());
            Optional<String> next = slice.hasMore()
                    ? Optional.of(Cursors.encode(slice.last().invitation().createdAt(), slice.last().invitation().id()))
                    : Optional.empty();
            return new Page<>(slice.items().stream()
                    .map(sent -> InvitationView.of(sent.invitation(), now, sent.sender())).toList(), next);
        });
    }
}
