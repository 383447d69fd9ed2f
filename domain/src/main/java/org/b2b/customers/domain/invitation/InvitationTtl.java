package org.b2b.customers.domain.invitation;

import java.time.Duration;
import org.b2b.customers.domain.shared.InvalidInputException;

/** How long an invitation link stays valid: seven days unless configured, between one minute and thirty days. */
public record InvitationTtl(Duration duration) {

    public static final Duration MAXIMUM = Duration.ofDays(30);
    public static final InvitationTtl DEFAULT = new InvitationTtl(Duration.ofDays(7));

    public InvitationTtl {
        if (duration == null || duration.compareTo(Duration.ofMinutes(1)) < 0 || duration.compareTo(MAXIMUM) > 0) {
            throw InvalidInputException.of("invitationTtl", "out_of_range", "must be between PT1M and P30D");
        }
    }

    /** Reads an ISO-8601 duration such as {@code P7D}. */
    public static InvitationTtl parse(String text) {
        try {
            return new InvitationTtl(Duration.parse(text));
        } catch (java.time.format.DateTimeParseException | NullPointerException e) {
            throw InvalidInputException.of("invitationTtl", "invalid_duration", "must be an ISO-8601 duration such as P7D");
        }
    }
}
