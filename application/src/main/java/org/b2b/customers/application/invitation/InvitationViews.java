package org.b2b.customers.application.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.user.PersonName;

/** Builds the view of one invitation, which names who sent it; a page's senders come with its rows instead. */
final class InvitationViews {

    private final Users users;

    InvitationViews(Users users) {
        this.users = users;
    }

    InvitationView of(Invitation invitation, Instant now) {
        PersonName sender = users.namesOf(List.of(invitation.invitedBy())).get(invitation.invitedBy());
        return InvitationView.of(invitation, now, Optional.ofNullable(sender));
    }
}
