package org.b2b.customers.application.user;

import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.support.PasswordChoice;
import org.b2b.customers.application.support.UseCaseSupport;

/** The use cases of users and their sign-in, wired to their ports. */
public final class UserUseCases {

    private final UserService users;
    private final AuthenticationService authentication;
    private final AccessTokenService accessTokens;

    public UserUseCases(UseCaseSupport support, DrivenPorts ports, PasswordChoice passwords, Settings settings) {
        users = new UserService(support.transactions(), support.access(), support.validation(), ports.users(), ports.members(),
                ports.roles(), ports.passwordHasher(), passwords, support.history(), support.clock());
        authentication = new AuthenticationService(support.transactions(), support.access(), ports.users(),
                ports.members(), ports.passwordHasher(), new LoginThrottle(support.transactions(), ports.loginFailures(),
                support.clock(), LoginThrottle.checksForThisMachine()));
        accessTokens = new AccessTokenService(support.transactions(), authentication, support.access(), ports.users(),
                ports.accessTokens(), settings.tokenIdleTimeout(), support.clock());
    }

    public AuthenticateUseCase authenticate() {
        return authentication;
    }

    public GetCurrentUserUseCase currentUser() {
        return users;
    }

    public CreateUserUseCase create() {
        return users;
    }

    public ListUsersUseCase list() {
        return users;
    }

    public IssueAccessTokenUseCase issueToken() {
        return accessTokens;
    }

    public ResolveAccessTokenUseCase resolveToken() {
        return accessTokens;
    }

    public RevokeAccessTokenUseCase revokeToken() {
        return accessTokens;
    }
}
