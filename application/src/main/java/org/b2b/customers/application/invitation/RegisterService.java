package org.b2b.customers.application.invitation;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.PasswordChoice;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.invitation.InvitationErrorCode;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.Password;
import org.b2b.customers.domain.user.PasswordHash;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;

/** Registers a new customer through an invitation's link, as a member of the inviting company. */
final class RegisterService implements RegisterUseCase {

    private final UseCaseSupport support;
    private final InvitationAcceptance acceptance;
    private final Users users;
    private final PasswordChoice passwords;

    RegisterService(UseCaseSupport support, InvitationAcceptance acceptance, Users users, PasswordChoice passwords) {
        this.support = support;
        this.acceptance = acceptance;
        this.users = users;
        this.passwords = passwords;
    }

    @Override
    public Registration register(RegisterCommand command) {
        if (command == null) {
            throw InvalidInputException.of("body", "required", "must be given");
        }
        // Who accepts is settled first, so that the slow password work below runs outside any transaction.
        Optional<User> existing = support.transactions().inTransaction(() ->
                users.findByEmail(acceptance.acceptable(command.token()).invitation().email()));
        if (existing.isPresent()) {
            // Not even checked: a password taken here would be one more way to guess it, outside the sign-in's limits.
            // Whether that account could join is told only to the account, once signed in, so that the link's holder
            // learns no more than that an account exists.
            throw DomainException.unauthenticated(InvitationErrorCode.REGISTRATION_SIGN_IN_REQUIRED,
                    "An account with this email exists already: sign in as that account to join the company.");
        }
        var errors = support.validation().errorsOf(command);
        PersonName name = errors.check(() -> PersonName.parse(command.firstName(), command.lastName()));
        Password password = errors.check(() -> passwords.parse("password", command.password(),
                Stream.of(command.firstName(), command.lastName()).filter(Objects::nonNull).toList()));
        errors.throwIfAny();
        PasswordHash hash = passwords.hash(password);
        return support.transactions().inTransaction(() -> {
            // Checked again: the link may have been used, revoked or outlived while the password was hashed.
            InvitationAcceptance.Acceptable acceptable = acceptance.acceptable(command.token());
            User user = users.add(User.customer(UserId.random(), acceptable.invitation().email(), name,
                    Optional.empty(), hash, support.clock().instant()));
            return acceptance.join(acceptable, user);
        });
    }
}
