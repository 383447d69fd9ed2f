package org.b2b.customers.application.user;

/**
 * Checks an email and password. An unknown email, a wrong password, a disabled member and a member of a
 * deactivated company all get the same refusal, in about the same time. An account or client that failed too often
 * lately, or a server running as many password checks as it may, refuses with {@link SignInHeld} before checking.
 */
public interface AuthenticateUseCase {

    UserView authenticate(AuthenticateCommand command);
}
