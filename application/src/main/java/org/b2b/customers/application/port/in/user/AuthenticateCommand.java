package org.b2b.customers.application.port.in.user;

/** An email and password as typed at a login; nothing is checked before the credentials themselves. */
public record AuthenticateCommand(String email, String password) {

    @Override
    public String toString() {
        return "AuthenticateCommand[" + email + ", …]";
    }
}
