package org.b2b.customers.application.user;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.user.CreateUserCommand;
import org.b2b.customers.application.user.CreateUserUseCase;
import org.b2b.customers.application.user.GetCurrentUserUseCase;
import org.b2b.customers.application.user.ListUsersQuery;
import org.b2b.customers.application.user.ListUsersUseCase;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.PasswordHasher;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.CommandValidation;
import org.b2b.customers.application.support.Cursors;
import org.b2b.customers.application.support.HistoryRecorder;
import org.b2b.customers.application.support.PasswordChoice;
import org.b2b.customers.application.support.AccessControl;
import org.b2b.customers.application.support.Caller;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.access.UserScope;
import org.b2b.customers.domain.shared.Choice;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.StorableText;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.Password;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.PhoneNumber;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserErrorCode;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.domain.user.UserType;

/** Creates and lists users, and tells a user who they are. */
final class UserService implements CreateUserUseCase, ListUsersUseCase, GetCurrentUserUseCase {

    private final Transactions transactions;
    private final AccessControl access;
    private final CommandValidation validation;
    private final Users users;
    private final Roles roles;
    private final PasswordHasher hasher;
    private final PasswordChoice passwords;
    private final UserViews views;
    private final HistoryRecorder history;
    private final Clock clock;

    UserService(Transactions transactions, AccessControl access, CommandValidation validation, Users users,
            Members members, Roles roles, PasswordHasher hasher, PasswordChoice passwords, HistoryRecorder history, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.validation = validation;
        this.users = users;
        this.roles = roles;
        this.hasher = hasher;
        this.passwords = passwords;
        this.views = new UserViews(members);
        this.history = history;
        this.clock = clock;
    }

    @Override
    public UserView create(Actor actor, CreateUserCommand command) {
        // Refused before anything is looked at: hashing costs a caller without user/create nothing but this read.
        transactions.inTransaction(() -> access.caller(actor).require(Permission.USER_CREATE));
        // Hashing is slow on purpose; it runs between the transactions so that no lock is held meanwhile, and the
        // policy is checked again in the transaction that writes, in case it was taken away in between.
        Password password = command == null ? Password.parse("password", null) : passwords.parse("password",
                command.password(), Stream.of(command.email(), command.firstName(), command.lastName())
                        .filter(Objects::nonNull).toList());
        var hash = hasher.hash(password);
        return transactions.inTransaction(() -> {
            access.caller(actor).require(Permission.USER_CREATE);
            var errors = validation.errorsOf(command);
            EmailAddress email = errors.check(() -> EmailAddress.parse("email", command.email()));
            PersonName name = errors.check(() -> PersonName.parse(command.firstName(), command.lastName()));
            Optional<PhoneNumber> phone = errors.check(() -> command.phone() == null || command.phone().isBlank()
                    ? Optional.<PhoneNumber>empty() : Optional.of(new PhoneNumber(command.phone())));
            UserType type = errors.check(() -> Choice.parse(UserType.class, "type", command.type()));
            Set<Role> staffRoles = new LinkedHashSet<>();
            for (String text : command.roles()) {
                RoleIdentifier identifier = errors.check(() -> RoleIdentifier.parse("roles", text));
                if (identifier != null) {
                    roles.find(identifier).ifPresentOrElse(staffRoles::add,
                            () -> errors.add("roles", "unknown_role", identifier + " is not a role"));
                }
            }
            if (type == UserType.CUSTOMER && !command.roles().isEmpty()) {
                errors.add("roles", "customer_roles", "customers get their role from their company membership");
            }
            errors.throwIfAny();
            if (users.findByEmail(email).isPresent()) {
                throw DomainException.conflict(UserErrorCode.EMAIL_TAKEN, "A user with email " + email + " exists already.");
            }
            User user = type == UserType.STAFF
                    ? User.staff(UserId.random(), email, name, Role.staffRoles(staffRoles), hash, clock.instant())
                    : User.customer(UserId.random(), email, name, phone, hash, clock.instant());
            User stored = users.add(user);
            history.globalChange(actor, "user.created", Map.of("email", email.value(), "type", type.name()));
            return views.of(stored);
        });
    }

    /**
     * The users the caller's scope holds ({@link org.b2b.customers.domain.access.AccessSubject#userScope}), found by
     * the store. The cursor names only the last user of the page, whom the caller saw, and their place in the order
     * is read back from the store: a cursor never carries an email, and one cannot be built from an email to probe
     * where the emails of staff shown by name only lie.
     */
    @Override
    public Page<UserView> list(Actor actor, ListUsersQuery query) {
        return transactions.inTransaction(() -> {
            Caller caller = access.caller(actor);
            caller.requireSomewhere(Permission.USER_VIEW);
            UserScope scope = caller.subject().userScope();
            var errors = validation.errorsOf(query);
            Optional<UserType> type = query.type().filter(t -> !t.isBlank()).map(t -> errors.check(() -> Choice.parse(UserType.class, "type", t)));
            Optional<RoleIdentifier> role = query.role().filter(r -> !r.isBlank())
                    .map(r -> errors.check(() -> RoleIdentifier.parse("role", r)));
            Optional<UserId> last = errors.check(() -> Cursors.decode(query.page().cursor(), 1,
                    parts -> UserId.parse("cursor", parts.get(0))));
            Optional<String> text = query.q().map(q -> errors.check(() -> StorableText.require("q", q.strip())))
                    .filter(q -> !q.isEmpty());
            errors.throwIfAny();
            Optional<Users.Key> after = last.map(id -> users.find(id)
                    .map(user -> new Users.Key(user.email().value(), user.id()))
                    .orElseThrow(() -> InvalidInputException.of("cursor", "invalid_cursor",
                            "is not a cursor of this list")));
            Slice<User> slice = users.search(new Users.Search(scope, text, type, role, query.unassigned(), after,
                    query.page().limit()));
            Optional<String> next = slice.hasMore() ? Optional.of(Cursors.encode(slice.last().id())) : Optional.empty();
            List<UserView> items = slice.items().stream().map(user -> views.of(user, scope)).toList();
            return new Page<>(items, next);
        });
    }

    @Override
    public UserView me(Actor actor) {
        return transactions.inTransaction(() -> {
            access.caller(actor);
            return views.of(users.find(actor.userId()).orElseThrow());
        });
    }
}
