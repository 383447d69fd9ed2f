package org.b2b.customers.web;

import java.util.regex.Pattern;

/**
 * Paths as the log may show them: a registration link's token is the key to an invitation, and a log is read by
 * more people, and kept longer, than the link's mail.
 */
public final class LoggedPaths {

    private static final Pattern SECRET_SEGMENT = Pattern.compile("^(/register/|/api/v1/registrations/)[^/]+");

    private LoggedPaths() {}

    /** The path with the token of a registration link replaced by {@code {token}}. */
    public static String masked(String path) {
        return path == null ? null : SECRET_SEGMENT.matcher(path).replaceFirst("$1{token}");
    }
}
