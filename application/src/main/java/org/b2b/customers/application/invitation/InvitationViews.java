package org.b2b.customers.application.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.b2b.customers.application.invitation.InvitationView;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.UserId;

/** Builds invitation views, which name who sent each invitation: the senders of a page are read in one call. */
final class InvitationViews {

    private final Users users;

    InvitationViews(Users users) {
        this.users = users;
    }

    InvitationView of(Invitation invitation, Instant now) {
        return of(List.of(invitation), now).get(0);
    }

    List<InvitationView> of(List<Invitation> invitations, Instant now) {
        Set<UserId> senders = invitations.stream().map(Invitation::invitedBy).collect(Collectors.toSet());
        Map<UserId, PersonName> names = users.namesOf(senders);
        return invitations.stream()
                .map(i -> InvitationView.of(i, now, Optional.ofNullable(names.get(i.invitedBy()))))
                .toList();
    }
}
