package org.b2b.customers.application.order;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.b2b.customers.domain.company.CompanyId;

/**
 * An order as the shop reports it. {@code placedAt} is an ISO-8601 instant (absent: now); {@code placedByMemberId}
 * names a member of the company, if the shop knows who placed it; {@code status} is the shop's own status code,
 * 1 to 40 letters, digits, {@code _} and {@code -}, kept as sent (absent: {@code PLACED}); {@code total} is a decimal
 * string in the ISO 4217 {@code currency}. Blank optional fields are absent.
 */
public record RecordOrderCommand(
        CompanyId companyId,
        @NotBlank(message = "must not be blank") @Size(max = 64, message = "must be at most 64 characters") String number,
        @Size(max = 40, message = "is not an ISO-8601 instant") String placedAt,
        String placedByMemberId,
        String status,
        @NotBlank(message = "must not be blank") String currency,
        @NotBlank(message = "must not be blank") @Size(max = 40, message = "must be at most 40 characters") String total) {

    public RecordOrderCommand {
        requireNonNull(companyId);
    }
}
