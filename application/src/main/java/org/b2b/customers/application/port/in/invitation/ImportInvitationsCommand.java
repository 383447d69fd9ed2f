package org.b2b.customers.application.port.in.invitation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.b2b.customers.domain.company.CompanyId;

/**
 * An uploaded file of people to invite: one email a line, or CSV {@code email,role} with an optional header
 * row, in UTF-8. {@code role} is given to the lines that name none.
 */
public record ImportInvitationsCommand(
        CompanyId companyId,
        @NotNull(message = "must be given") byte[] file,
        Optional<@Size(max = 64, message = "must be at most 64 characters") String> role) {

    public ImportInvitationsCommand {
        role = role == null ? Optional.empty() : role;
    }

    public static ImportInvitationsCommand of(CompanyId companyId, byte[] file, String role) {
        return new ImportInvitationsCommand(companyId, file, Optional.ofNullable(role));
    }

    @Override
    public String toString() {
        return "ImportInvitationsCommand[" + companyId + ", " + (file == null ? "no file" : file.length + " bytes")
                + ", " + role + "]";
    }
}
