package org.b2b.customers.application.invitation;

import java.util.List;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;

/** Answers what a bulk invitation would do, checked as inviting checks it, with nothing written. */
final class PreviewInvitationsService implements PreviewInvitationsUseCase {

    private final UseCaseSupport support;
    private final BulkInvitation bulk;
    private final Roles roles;

    PreviewInvitationsService(UseCaseSupport support, BulkInvitation bulk, Roles roles) {
        this.support = support;
        this.bulk = bulk;
        this.roles = roles;
    }

    @Override
    public List<InvitableRole> roles(Actor actor, CompanyId companyId) {
        return support.asCaller(actor, caller -> {
            caller.company(companyId, Permission.INVITATION_CREATE);
            return roles.all().stream().filter(Role::isAssignableToMembers).filter(caller.subject()::mayGive)
                    .map(role -> new InvitableRole(role.identifier().value(), role.name())).toList();
        });
    }

    @Override
    public List<InvitationLine> lines(FileContent content) {
        return InvitationFile.read(content).lines();
    }

    @Override
    public InvitationPreview preview(Actor actor, InviteMembersCommand command) {
        return support.asCaller(actor, caller -> {
            Company company = caller.company(command.companyId(), Permission.INVITATION_CREATE);
            support.validation().check(command);
            return bulk.preview(caller, company, command.lines());
        });
    }
}
