package org.b2b.customers.application.installation;

/**
 * Makes an installation usable, idempotently: installs the built-in roles that are missing and, on a store with
 * no staff user, creates the first administrator. Run by the system at start, not by a user.
 */
public interface SetUpInstallationUseCase {

    InstallationReport setUp(SetUpInstallationCommand command);
}
