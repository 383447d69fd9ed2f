package org.b2b.customers.application.installation;

import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.support.PasswordChoice;
import org.b2b.customers.application.support.UseCaseSupport;

/** Setting up an installation, wired to its ports. */
public final class InstallationUseCases {

    private final SetUpInstallationService setUp;

    public InstallationUseCases(UseCaseSupport support, DrivenPorts ports, PasswordChoice passwords) {
        setUp = new SetUpInstallationService(support, ports.roles(), ports.users(),
                passwords);
    }

    public SetUpInstallationUseCase setUp() {
        return setUp;
    }
}
