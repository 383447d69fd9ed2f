package org.b2b.customers.application.user;

import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.support.PasswordChoice;
import org.b2b.customers.application.support.UseCaseSupport;

/** The use cases of users and their sign-in, wired to their ports. */
public final class UserUseCases {

    private final AuthenticateService authenticate;
    private final GetCurrentUserService currentUser;
    private final CreateUserService create;
    private final ListUsersService list;
    private final IssueAccessTokenService issueToken;
    private final ResolveAccessTokenService resolveToken;
    private final RevokeAccessTokenService revokeToken;

    public UserUseCases(UseCaseSupport support, DrivenPorts ports, PasswordChoice passwords, Settings settings) {
        UserViews views = new UserViews(ports.members());
        LiveAccessTokens liveTokens = new LiveAccessTokens(ports.accessTokens(), ports.principals(), settings.tokenIdleTimeout(),
                support.clock());
        authenticate = new AuthenticateService(support, ports.users(), ports.principals(), ports.passwordHasher(), views,
                new LoginThrottle(support.transactions(), ports.loginFailures(), support.clock(),
                        LoginThrottle.checksForThisMachine()));
        currentUser = new GetCurrentUserService(support, ports.principals());
        create = new CreateUserService(support, ports.users(), ports.roles(),
                passwords, views);
        list = new ListUsersService(support, ports.users());
        issueToken = new IssueAccessTokenService(support, authenticate, ports.accessTokens());
        resolveToken = new ResolveAccessTokenService(support, ports.accessTokens(), liveTokens);
        revokeToken = new RevokeAccessTokenService(support, ports.accessTokens(), liveTokens);
    }

    public AuthenticateUseCase authenticate() {
        return authenticate;
    }

    public GetCurrentUserUseCase currentUser() {
        return currentUser;
    }

    public CreateUserUseCase create() {
        return create;
    }

    public ListUsersUseCase list() {
        return list;
    }

    public IssueAccessTokenUseCase issueToken() {
        return issueToken;
    }

    public ResolveAccessTokenUseCase resolveToken() {
        return resolveToken;
    }

    public RevokeAccessTokenUseCase revokeToken() {
        return revokeToken;
    }
}
