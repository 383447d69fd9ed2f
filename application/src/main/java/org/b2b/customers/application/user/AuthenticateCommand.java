package org.b2b.customers.application.user;

/**
 * An email and password as typed at a login, and the address of the client that typed them, by which guessing is
 * counted as well as by account; nothing is checked before the credentials themselves.
 */
public record AuthenticateCommand(String email, String password, String client) {

    /** The client of logins made inside this process rather than over the network. */
    public static final String IN_PROCESS = "in-process";

    public AuthenticateCommand(String email, String password) {
        this(email, password, IN_PROCESS);
    }

    @Override
    public String toString() {
        return "AuthenticateCommand[" + email + ", …, " + client + "]";
    }
}
