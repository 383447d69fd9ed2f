package org.b2b.customers.application.port.out;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.b2b.customers.domain.access.UserScope;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.domain.user.UserType;

/** All users, staff and customers. */
public interface Users {

    /** Stores a new user; an existing user with the same email is a conflict ({@code user.email_taken}). */
    User add(User user);

    /** Stores a changed user at the version it was read at; otherwise {@code user.stale_version}. */
    User update(User user);

    Optional<User> find(UserId id);

    Optional<User> findByEmail(EmailAddress email);

    /**
     * The names of these users, by id, read at once: a page of invitations names who sent each. An id of no user
     * is left out.
     */
    Map<UserId, PersonName> namesOf(Collection<UserId> ids);

    /**
     * Those of these emails whose user is staff or a member of a company: people whom an invitation could never let
     * in. Answered in one read, for a whole batch of invitations.
     */
    Set<EmailAddress> staffOrMembersAmong(Collection<EmailAddress> emails);

    boolean anyStaff();

    /** Users in order of email, then id. */
    Slice<User> search(Search search);

    /**
     * The users {@link #search} finds, each with their membership when they are a member of a company: a page of
     * users names each one's company and company role, read in two statements whatever the page's size.
     */
    Slice<WithMembership> searchWithMemberships(Search search);

    /** A user and their membership, if they are a member of a company. */
    record WithMembership(User user, Optional<Member> membership) {}

    /**
     * {@code scope} keeps only the users the caller may list, before anything else: staff if it says so, the pool
     * if it says so, and members of the companies its filter admits. Of staff shown by name only, {@code text}
     * matches only the names and {@code role} nothing, so that neither reveals what the caller may not see.
     * {@code text} matches an email prefix or a case-folded first or last name prefix; {@code role} a staff role
     * or a member's company role; {@code unassigned} keeps customers in no company (the pool); {@code after} keeps
     * the users after that user in the email order, found by the same statement (none when there is no such user).
     */
    record Search(
            UserScope scope,
            Optional<String> text,
            Optional<UserType> type,
            Optional<RoleIdentifier> role,
            boolean unassigned,
            Optional<UserId> after,
            int limit) {

        public Search {
            requireNonNull(scope);
        }
    }
}
