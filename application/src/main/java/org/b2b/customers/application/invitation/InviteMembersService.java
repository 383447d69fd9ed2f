package org.b2b.customers.application.invitation;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;

/** Invites members typed one by one, with a report line by line. */
final class InviteMembersService implements InviteMembersUseCase {

    private final UseCaseSupport support;
    private final BulkInvitation bulk;

    InviteMembersService(UseCaseSupport support, BulkInvitation bulk) {
        this.support = support;
        this.bulk = bulk;
    }

    @Override
    public InvitationReport invite(Actor actor, InviteMembersCommand command) {
        return support.asCaller(actor, caller -> {
            Company company = caller.company(command.companyId(), Permission.INVITATION_CREATE);
            support.validation().check(command);
            return bulk.invite(caller, company, command.lines());
        });
    }
}
