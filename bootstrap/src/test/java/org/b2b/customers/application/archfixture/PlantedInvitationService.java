package org.b2b.customers.application.archfixture;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.invitation.InvitationReport;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.InviteMembersUseCase;

/** A planted violation: a public service that a reader cannot find from its use case's name. */
public final class PlantedInvitationService implements InviteMembersUseCase {

    @Override
    public InvitationReport invite(Actor actor, InviteMembersCommand command) {
        throw new UnsupportedOperationException("planted");
    }
}
