package org.b2b.customers.application.installation;

import java.util.Optional;

/** The first administrator to create on an installation with no staff user; without a password one is generated. */
public record SetUpInstallationCommand(Optional<String> adminEmail, Optional<String> adminPassword) {

    public SetUpInstallationCommand {
        adminEmail = adminEmail == null ? Optional.empty() : adminEmail;
        adminPassword = adminPassword == null ? Optional.empty() : adminPassword;
    }
}
