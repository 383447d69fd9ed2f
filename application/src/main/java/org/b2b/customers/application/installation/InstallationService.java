package org.b2b.customers.application.installation;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.b2b.customers.application.installation.InstallationReport;
import org.b2b.customers.application.installation.SetUpInstallationCommand;
import org.b2b.customers.application.installation.SetUpInstallationUseCase;
import org.b2b.customers.application.port.out.PasswordHasher;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.domain.access.BuiltInRoles;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.shared.FieldErrors;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.Password;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.application.support.PasswordChoice;

/** Installs the built-in roles and the first administrator. */
final class InstallationService implements SetUpInstallationUseCase {

    private static final String DEFAULT_ADMIN_EMAIL = "admin@localhost.localdomain";

    private final Transactions transactions;
    private final Roles roles;
    private final Users users;
    private final PasswordHasher hasher;
    private final PasswordChoice passwords;
    private final Clock clock;

    InstallationService(Transactions transactions, Roles roles, Users users, PasswordHasher hasher, PasswordChoice passwords,
            Clock clock) {
        this.transactions = transactions;
        this.roles = roles;
        this.users = users;
        this.hasher = hasher;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public InstallationReport setUp(SetUpInstallationCommand command) {
        var errors = new FieldErrors();
        EmailAddress email = errors.check(() -> EmailAddress.parse("adminEmail", command.adminEmail().orElse(DEFAULT_ADMIN_EMAIL)));
        Optional<Password> given = errors.check(() -> command.adminPassword()
                .map(p -> passwords.parse("adminPassword", p, List.of(email == null ? "" : email.value()))));
        errors.throwIfAny();
        return transactions.inTransaction(() -> {
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
            Optional<String> generated = given.isPresent() ? Optional.empty() : Optional.of(generatePassword());
            Password password = given.orElseGet(() -> Password.of(generated.orElseThrow()));
            Set<RoleIdentifier> adminRoles = Role.staffRoles(Set.of(roles.find(RoleIdentifier.ADMINISTRATOR).orElseThrow()));
            User admin = users.add(User.staff(UserId.random(), email, new PersonName("Administrator", "Account"),
                    adminRoles, hasher.hash(password), clock.instant()));
            return new InstallationReport(installed, Optional.of(admin.id()), Optional.of(email.value()), generated);
        });
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
