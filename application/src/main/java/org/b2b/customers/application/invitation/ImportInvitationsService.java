package org.b2b.customers.application.invitation;

import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.company.Company;

/** Invites the members listed in an uploaded file, with a report line by line. */
final class ImportInvitationsService implements ImportInvitationsUseCase {

    private final UseCaseSupport support;
    private final BulkInvitation bulk;

    ImportInvitationsService(UseCaseSupport support, BulkInvitation bulk) {
        this.support = support;
        this.bulk = bulk;
    }

    @Override
    public InvitationReport importFile(Actor actor, ImportInvitationsCommand command) {
        return support.asCaller(actor, caller -> {
            Company company = caller.company(command.companyId(), Permission.INVITATION_CREATE);
            var errors = support.validation().errorsOf(command);
            InvitationFile file = command.file() == null ? null : errors.check(() -> InvitationFile.read(command.file()));
            // Checked even when the file cannot be read, so that one answer lists every mistake of the upload.
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
