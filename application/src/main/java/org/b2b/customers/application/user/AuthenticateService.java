package org.b2b.customers.application.user;

import java.util.Optional;
import org.b2b.customers.application.port.out.PasswordHasher;
import org.b2b.customers.application.port.out.Principal;
import org.b2b.customers.application.port.out.Principals;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.AccessControl;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.Password;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserErrorCode;

/**
 * Logs users in, those that {@link AccessControl#maySignIn may sign in}. Hashes made with weaker parameters are
 * redone on a successful login. Every check goes through the {@link LoginThrottle}.
 */
final class AuthenticateService implements AuthenticateUseCase {

    private final UseCaseSupport support;
    private final Users users;
    private final Principals principals;
    private final PasswordHasher hasher;
    private final UserViews views;
    private final LoginThrottle throttle;

    AuthenticateService(UseCaseSupport support, Users users, Principals principals, PasswordHasher hasher,
            UserViews views, LoginThrottle throttle) {
        this.support = support;
        this.users = users;
        this.principals = principals;
        this.hasher = hasher;
        this.views = views;
        this.throttle = throttle;
    }

    @Override
    public UserView authenticate(AuthenticateCommand command) {
        if (command == null) {
            throw refused();
        }
        return throttle.check(command.email() == null ? "" : command.email(), String.valueOf(command.client()),
                () -> check(command));
    }

    private UserView check(AuthenticateCommand command) {
        String password = command.password() == null ? "" : command.password();
        Optional<User> user = !EmailAddress.isValid(command.email()) ? Optional.empty()
                : support.transactions().inTransaction(() -> users.findByEmail(EmailAddress.of(command.email())));
        // The hash check runs outside any transaction: it is slow on purpose and needs no lock.
        if (user.isEmpty()) {
            hasher.spendOneCheck(password);
            throw refused();
        }
        if (!hasher.matches(password, user.get().passwordHash())) {
            throw refused();
        }
        return support.transactions().inTransaction(() -> {
            Principal principal = principals.byUser(user.get().id()).orElseThrow(AuthenticateService::refused);
            if (!support.access().maySignIn(principal)) {
                throw refused();
            }
            User current = principal.user();
            if (hasher.needsRehash(current.passwordHash()) && password.length() >= Password.MIN_LENGTH) {
                current = users.update(current.withPasswordHash(hasher.hash(Password.of(password))));
            }
            return UserViews.of(current, principal.membership());
        });
    }

    private static DomainException refused() {
        return DomainException.unauthenticated(UserErrorCode.AUTH_INVALID_CREDENTIALS, "Wrong email or password.");
    }
}
