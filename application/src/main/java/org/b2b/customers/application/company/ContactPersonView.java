package org.b2b.customers.application.company;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.b2b.customers.domain.company.MemberId;

/**
 * The member a company names as its contact person, with what it takes to reach them: their email and phone only for
 * a caller who may see the company's members.
 */
public record ContactPersonView(MemberId memberId, String name, Optional<String> email, Optional<String> phone) {

    public ContactPersonView {
        requireNonNull(memberId);
        requireNonNull(name);
        requireNonNull(email);
        requireNonNull(phone);
    }
}
