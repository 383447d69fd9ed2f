package org.b2b.customers.testkit;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.domain.access.CompanyScope;
import org.b2b.customers.domain.access.UserScope;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserErrorCode;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.domain.user.UserType;

/** Users in memory, with emails unique; the pool and role queries look at the members table, as a join would. */
public final class InMemoryUsers implements Users {

    private static final Comparator<User> EMAIL_ORDER = Comparator
            .comparing((User u) -> u.email().value())
            .thenComparing(u -> u.id().toString());

    private final InMemoryTable<UserId, User> table;
    private final InMemoryMembers members;

    public InMemoryUsers(InMemoryStore store, InMemoryMembers members) {
        this.table = store.table("users");
        this.members = members;
        members.joinUsersOf(this);
    }

    @Override
    public User add(User user) {
        if (table.get(user.id()).isPresent()) {
            throw new IllegalStateException("user " + user.id() + " exists");
        }
        requireEmailFree(user);
        table.put(user.id(), user);
        return user;
    }

    @Override
    public User update(User user) {
        User stored = table.get(user.id()).orElseThrow(() -> DomainException.notFound(UserErrorCode.NOT_FOUND));
        if (stored.version() != user.version()) {
            throw DomainException.staleVersion(UserErrorCode.STALE_VERSION);
        }
        requireEmailFree(user);
        User next = user.atVersion(user.version() + 1);
        table.put(user.id(), next);
        return next;
    }

    @Override
    public Optional<User> find(UserId id) {
        return table.get(id);
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return table.rows().filter(u -> u.email().equals(email)).findFirst();
    }

    @Override
    public Map<UserId, PersonName> namesOf(Collection<UserId> ids) {
        Map<UserId, PersonName> names = new HashMap<>();
        for (UserId id : ids) {
            table.get(id).ifPresent(user -> names.put(id, user.name()));
        }
        return Map.copyOf(names);
    }

    @Override
    public Set<EmailAddress> staffOrMembersAmong(Collection<EmailAddress> emails) {
        Set<EmailAddress> asked = Set.copyOf(emails);
        return table.rows()
                .filter(u -> asked.contains(u.email()))
                .filter(u -> u.type() == UserType.STAFF || members.findByUser(u.id()).isPresent())
                .map(User::email)
                .collect(Collectors.toSet());
    }

    @Override
    public boolean anyStaff() {
        return table.rows().anyMatch(u -> u.type() == UserType.STAFF);
    }

    @Override
    public Slice<User> search(Search search) {
        String text = search.text().map(t -> t.toLowerCase(Locale.ROOT)).orElse(null);
        UserScope scope = search.scope();
        return Slice.of(table.rows()
                .filter(u -> inScope(u, scope))
                .filter(u -> text == null || u.email().value().startsWith(text) && inFull(u, scope)
                        || u.name().firstName().toLowerCase(Locale.ROOT).startsWith(text)
                        || u.name().lastName().toLowerCase(Locale.ROOT).startsWith(text))
                .filter(u -> search.type().map(t -> u.type() == t).orElse(true))
                .filter(u -> search.role().map(r -> u.staffRoles().contains(r) && inFull(u, scope)
                        || members.findByUser(u.id()).map(Member::role).filter(r::equals).isPresent()).orElse(true))
                .filter(u -> !search.unassigned() || u.type() == UserType.CUSTOMER && members.findByUser(u.id()).isEmpty())
                .filter(u -> search.after().map(last -> table.get(last).filter(l -> EMAIL_ORDER.compare(u, l) > 0)
                        .isPresent()).orElse(true))
                .sorted(EMAIL_ORDER)
                .limit(search.limit() + 1L)
                .toList(), search.limit());
    }

    @Override
    public Slice<WithMembership> searchWithMemberships(Search search) {
        Slice<User> page = search(search);
        return new Slice<>(page.items().stream()
                .map(user -> new WithMembership(user, members.findByUser(user.id()))).toList(), page.hasMore());
    }

    private boolean inScope(User user, UserScope scope) {
        if (user.type() == UserType.STAFF) {
            return scope.staff();
        }
        return members.findByUser(user.id())
                .map(member -> members.companyOf(member)
                        .filter(c -> scope.members().admits(CompanyScope.of(c))).isPresent())
                .orElse(scope.pool());
    }

    /** Whether the scope shows this user's email and roles, which it does for everyone but staff by name only. */
    private static boolean inFull(User user, UserScope scope) {
        return user.type() != UserType.STAFF || scope.staffInFull();
    }

    private void requireEmailFree(User user) {
        if (table.rows().anyMatch(u -> u.email().equals(user.email()) && !u.id().equals(user.id()))) {
            throw DomainException.conflict(UserErrorCode.EMAIL_TAKEN, "A user with email " + user.email() + " exists already.");
        }
    }
}
