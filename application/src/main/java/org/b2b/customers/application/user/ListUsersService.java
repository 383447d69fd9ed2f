package org.b2b.customers.application.user;

import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.Cursors;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.UserScope;
import org.b2b.customers.domain.shared.Choice;
import org.b2b.customers.domain.shared.StorableText;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.domain.user.UserType;

/**
 * Lists the users the caller's scope holds ({@link org.b2b.customers.domain.access.AccessSubject#userScope}), found by
 * the store. The cursor names only the last user of the page, whom the caller saw, and the store finds their place
 * in the order in the page's own statement: a cursor never carries an email, and one cannot be built from an email
 * to probe where the emails of staff shown by name only lie.
 */
final class ListUsersService implements ListUsersUseCase {

    private final UseCaseSupport support;
    private final Users users;

    ListUsersService(UseCaseSupport support, Users users) {
        this.support = support;
        this.users = users;
    }

    @Override
    public Page<UserView> list(Actor actor, ListUsersQuery query) {
        return support.readingAsCaller(actor, caller -> {
            caller.requireSomewhere(Permission.USER_VIEW);
            UserScope scope = caller.subject().userScope();
            var errors = support.validation().errorsOf(query);
            Optional<UserType> type = query.type().filter(t -> !t.isBlank()).map(t -> errors.check(() -> Choice.parse(UserType.class, "type", t)));
            Optional<RoleIdentifier> role = query.role().filter(r -> !r.isBlank())
                    .map(r -> errors.check(() -> RoleIdentifier.parse("role", r)));
            Optional<UserId> last = errors.check(() -> Cursors.decode(query.page().cursor(), 1,
                    parts -> UserId.parse("cursor", parts.get(0))));
            Optional<String> text = query.q().map(q -> errors.check(() -> StorableText.require("q", q.strip())))
                    .filter(q -> !q.isEmpty());
            errors.throwIfAny();
            Slice<Users.WithMembership> slice = users.searchWithMemberships(new Users.Search(scope, text, type, role,
                    query.unassigned(), last, query.page().limit()));
            Optional<String> next = slice.hasMore() ? Optional.of(Cursors.encode(slice.last().user().id()))
                    : Optional.empty();
            List<UserView> items = slice.items().stream().map(listed -> UserViews.of(listed, scope)).toList();
            return new Page<>(items, next);
        });
    }
}
