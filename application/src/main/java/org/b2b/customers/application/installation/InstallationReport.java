package org.b2b.customers.application.installation;

import java.util.List;
import java.util.Optional;
import org.b2b.customers.domain.user.UserId;

/**
 * What setting up did: the built-in roles it installed, and the administrator it created, with the generated
 * password to show once when none was given.
 */
public record InstallationReport(
        List<String> installedRoles, Optional<UserId> createdAdministrator, Optional<String> administratorEmail,
        Optional<String> generatedPassword) {

    public InstallationReport {
        installedRoles = List.copyOf(installedRoles);
    }
}
