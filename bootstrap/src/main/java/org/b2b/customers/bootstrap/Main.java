package org.b2b.customers.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the server from {@code CM_*} environment variables; a wrong setting is one clear line and exit code 1. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) {
        Server server;
        try {
            server = Server.start(Configuration.from(System.getenv()));
        } catch (RuntimeException e) {
            LOG.error("cannot start: {}", rootMessage(e));
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "shutdown"));
    }

    /**
     * On SIGTERM (or Ctrl-C): stops the server, and, when that went well, ends the process with status 0 — a stop
     * that was asked for is a normal end, where the JVM would report 143 for the signal.
     */
    private static void stop(Server server) {
        server.close();
        Runtime.getRuntime().halt(0);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause == e ? e.getMessage() : e.getMessage() + " (" + cause.getMessage() + ")";
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
