package org.b2b.customers.application.port.out;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.domain.user.EmailAddress;

/** A mail ready to be rendered and sent: the recipient, the template and everything the template shows. */
public record PreparedMail(EmailAddress recipient, String template, Map<String, String> data) {

    public PreparedMail {
        requireNonNull(recipient);
        requireNonNull(template);
        data = ImmutableMap.copyOf(data);
    }

    /** The registration link of an invitation mail. */
    public Optional<String> registrationLink() {
        return Optional.ofNullable(data.get(InvitationTemplate.REGISTRATION_LINK));
    }
}
