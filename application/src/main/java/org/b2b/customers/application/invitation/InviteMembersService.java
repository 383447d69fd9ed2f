package org.b2b.customers.application.invitation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.invitation.ImportInvitationsCommand;
import org.b2b.customers.application.invitation.ImportInvitationsUseCase;
import org.b2b.customers.application.invitation.InvitationReport;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.InviteMembersUseCase;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Outbox;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.CommandValidation;
import org.b2b.customers.application.support.HistoryRecorder;
import org.b2b.customers.application.support.AccessControl;
import org.b2b.customers.application.support.Caller;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;

/** Invites members, typed one by one or listed in an uploaded file, with a report line by line. */
final class InviteMembersService implements InviteMembersUseCase, ImportInvitationsUseCase {

    private final Transactions transactions;
    private final AccessControl access;
    private final CommandValidation validation;
    private final BulkInvitation bulk;

    InviteMembersService(Transactions transactions, AccessControl access, CommandValidation validation,
            Invitations invitations, Users users, Members members, Roles roles, Outbox outbox, HistoryRecorder history, Settings settings,
            Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.validation = validation;
        this.bulk = new BulkInvitation(transactions, invitations, users, members, roles, new InvitationMessages(outbox, roles),
                new InvitationHistory(history), settings, clock);
    }

    @Override
    public InvitationReport invite(Actor actor, InviteMembersCommand command) {
        return transactions.inTransaction(() -> {
            Caller caller = access.caller(actor);
            Company company = caller.company(command.companyId(), Permission.INVITATION_CREATE);
            validation.check(command);
            List<InvitationLine> lines = new ArrayList<>(command.invitations().size());
            for (Invitee invitee : command.invitations()) {
                lines.add(new InvitationLine(lines.size() + 1, invitee.email(), Optional.ofNullable(invitee.role())
                        .filter(role -> !role.isBlank())));
            }
            return bulk.invite(caller, company, lines);
        });
    }

    @Override
    public InvitationReport importFile(Actor actor, ImportInvitationsCommand command) {
        return transactions.inTransaction(() -> {
            Caller caller = access.caller(actor);
            Company company = caller.company(command.companyId(), Permission.INVITATION_CREATE);
            var errors = validation.errorsOf(command);
            InvitationFile file = command.file() == null ? null : errors.check(() -> InvitationFile.read(command.file()));
            Optional<String> defaultRole = command.role().map(String::strip).filter(role -> !role.isEmpty());
            Optional<Role> role = defaultRole.filter(r -> !errors.hasError("role")).flatMap(bulk::memberRole);
            if (defaultRole.isPresent() && !errors.hasError("role") && role.isEmpty()) {
                errors.add("role", "unknown_role", "is not a role that company members can hold");
            } else if (role.isPresent() && !caller.subject().mayGive(role.get())) {
                errors.add("role", "role_not_givable", "grants more than your own role does");
            }
            errors.throwIfAny();
            List<InvitationLine> lines = file.lines().stream()
                    .map(line -> new InvitationLine(line.number(), line.email(), line.role().or(() -> defaultRole)))
                    .toList();
            return bulk.invite(caller, company, lines);
        });
    }
}
