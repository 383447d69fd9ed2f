package org.b2b.customers.application.user;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.PasswordChoice;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.shared.Choice;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.Password;
import org.b2b.customers.domain.user.PasswordHash;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.PhoneNumber;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserErrorCode;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.domain.user.UserType;

/** Creates a staff user with their staff roles, or a customer user who gets a role by joining a company. */
final class CreateUserService implements CreateUserUseCase {

    private final UseCaseSupport support;
    private final Users users;
    private final Roles roles;
    private final PasswordChoice passwords;
    private final UserViews views;

    CreateUserService(UseCaseSupport support, Users users, Roles roles, PasswordChoice passwords, UserViews views) {
        this.support = support;
        this.users = users;
        this.roles = roles;
        this.passwords = passwords;
        this.views = views;
    }

    @Override
    public UserView create(Actor actor, CreateUserCommand command) {
        // Refused before anything is looked at: hashing costs a caller without user/create nothing but this read.
        support.runAsCaller(actor, caller -> caller.require(Permission.USER_CREATE));
        // Hashing is slow on purpose; it runs between the transactions so that no lock is held meanwhile, and the
        // policy is checked again in the transaction that writes, in case it was taken away in between.
        PasswordHash hash = passwords.hash(chosenPassword(command));
        return support.asCaller(actor, caller -> {
            caller.require(Permission.USER_CREATE);
            var errors = support.validation().errorsOf(command);
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
            Instant now = support.clock().instant();
            User user = type == UserType.STAFF
                    ? User.staff(UserId.random(), email, name, Role.staffRoles(staffRoles), hash, now)
                    : User.customer(UserId.random(), email, name, phone, hash, now);
            User stored = users.add(user);
            support.history().globalChange(actor, "user.created",
                    Map.of("email", email.value(), "type", type.name()));
            return views.of(stored);
        });
    }

    /** The new user's password, screened against their own email and name as well. */
    private Password chosenPassword(CreateUserCommand command) {
        return command == null ? Password.parse("password", null) : passwords.parse("password", command.password(),
                Stream.of(command.email(), command.firstName(), command.lastName()).filter(Objects::nonNull).toList());
    }
}
