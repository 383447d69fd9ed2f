package org.b2b.customers.application.invitation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.b2b.customers.domain.company.CompanyId;

/**
 * An uploaded file of people to invite: one email a line, or CSV {@code email,role} with an optional header
 * row, in UTF-8, of at most {@value #MAX_ADDRESSES} addresses and 4 MiB. {@code role} is given to the lines that
 * name none.
 */
public record ImportInvitationsCommand(
        CompanyId companyId,
        @NotNull(message = "must be given") FileContent file,
        Optional<@Size(max = 64, message = "must be at most 64 characters") String> role) {

    /** As many as one request of typed invitations may hold. */
    public static final int MAX_ADDRESSES = InviteMembersCommand.MAX_INVITATIONS;
    /** 4 MiB: room for the largest number of addresses even at the longest email and role a line can have. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    public ImportInvitationsCommand {
        role = role == null ? Optional.empty() : role;
    }

    public static ImportInvitationsCommand of(CompanyId companyId, FileContent file, String role) {
        return new ImportInvitationsCommand(companyId, file, Optional.ofNullable(role));
    }

    public static ImportInvitationsCommand of(CompanyId companyId, byte[] file, String role) {
        return of(companyId, file == null ? null : FileContent.of(file), role);
    }
}
