package org.b2b.customers.application.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.b2b.customers.application.common.PageRequest;

/**
 * Which users to list: {@code q} matches an email, first-name or last-name prefix; {@code unassigned} keeps the
 * pool (customers in no company).
 */
public record ListUsersQuery(
        Optional<@Size(max = 254, message = "must be at most 254 characters") String> q,
        Optional<String> type,
        Optional<String> role,
        boolean unassigned,
        @Valid PageRequest page) {

    public ListUsersQuery {
        q = q == null ? Optional.empty() : q;
        type = type == null ? Optional.empty() : type;
        role = role == null ? Optional.empty() : role;
        page = page == null ? PageRequest.first() : page;
    }

    /** The pool of users that staff add members from, first page. */
    public static ListUsersQuery pool() {
        return new ListUsersQuery(null, null, null, true, null);
    }

    public static ListUsersQuery all() {
        return new ListUsersQuery(null, null, null, false, null);
    }
}
