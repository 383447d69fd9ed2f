package org.b2b.customers.mail;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** The outgoing mail server: where it is, the login if it wants one, and whether to insist on STARTTLS. */
public record SmtpSettings(String host, int port, Optional<String> user, Optional<String> password, boolean startTls) {

    public SmtpSettings {
        requireNonNull(host);
        requireNonNull(user);
        requireNonNull(password);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("an SMTP port is from 1 to 65535");
        }
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + user.map(u -> ", user " + u).orElse("")
                + (startTls ? ", STARTTLS" : "") + "]";
    }
}
