package org.b2b.customers.application.installation;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.PasswordChoice;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.BuiltInRoles;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.shared.FieldErrors;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.Password;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;

/** Installs the built-in roles that are missing and, while there is no staff user, the first administrator. */
final class SetUpInstallationService implements SetUpInstallationUseCase {

    private static final String DEFAULT_ADMIN_EMAIL = "admin@localhost.localdomain";

    private final UseCaseSupport support;
    private final Roles roles;
    private final Users users;
    private final PasswordChoice passwords;

    SetUpInstallationService(UseCaseSupport support, Roles roles, Users users, PasswordChoice passwords) {
        this.support = support;
        this.roles = roles;
        this.users = users;
        this.passwords = passwords;
    }

    @Override
    public InstallationReport setUp(SetUpInstallationCommand command) {
        var errors = new FieldErrors();
        EmailAddress email = errors.check(() -> EmailAddress.parse("adminEmail",
                command.adminEmail().orElse(DEFAULT_ADMIN_EMAIL)));
        // The administrator's address counts as a guess.
        Optional<Password> given = errors.check(() -> command.adminPassword()
                .map(text -> passwords.parse("adminPassword", text, List.of(email == null ? "" : email.value()))));
        errors.throwIfAny();
        return support.transactions().inTransaction(() -> {
            List<String> installed = new ArrayList<>();
            for (Role role : BuiltInRoles.all()) {
                if (roles.find(role.identifier()).isEmpty()) {
                    roles.add(role);
                    installed.add(role.identifier().value());
                }
            }
            if (users.anyStaff()) {
                return new InstallationReport(installed, Optional.empty(), Optional.empty(), Optional.empty());
            }
            Optional<String> generated = given.isPresent() ? Optional.empty() : Optional.of(generatedPassword());
            Password password = given.orElseGet(() -> Password.of(generated.orElseThrow()));
            User admin = users.add(User.staff(UserId.random(), email, new PersonName("Administrator", "Account"),
                    Role.staffRoles(Set.of(roles.find(RoleIdentifier.ADMINISTRATOR).orElseThrow())), passwords.hash(password),
                    support.clock().instant()));
            return new InstallationReport(installed, Optional.of(admin.id()), Optional.of(email.value()), generated);
        });
    }

    /** A random password of 144 bits, which the installation report shows once. */
    private static String generatedPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
