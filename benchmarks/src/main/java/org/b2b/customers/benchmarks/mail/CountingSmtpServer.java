package org.b2b.customers.benchmarks.mail;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * GreenMail's SMTP server in this JVM on a port of 127.0.0.1 that the system chooses, counting the mails it received
 * (each read in full and parsed as a MIME message, then dropped rather than filed in a mailbox) and the connections
 * it took.
 */
final class CountingSmtpServer implements AutoCloseable {

    private final Managers store = new Managers();
    private final AtomicInteger connections = new AtomicInteger();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private int received;
    private final SmtpManager smtp = new SmtpManager(store.getImapHostManager(), store.getUserManager()) {
        /** Counts the mail and drops it: GreenMail's mailboxes slow down with every new recipient. */
        @Override
        public void send(SmtpState state) {
            lock.lock();
            try {
                received++;
                arrived.signalAll();
            } finally {
                lock.unlock();
            }
        }
    };
    private final SmtpServer server;

    CountingSmtpServer() {
        server = new SmtpServer(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(), new Managers() {
            @Override
            public SmtpManager getSmtpManager() {
                return smtp;
            }

            @Override
            public UserManager getUserManager() {
                return store.getUserManager();
            }

            @Override
            public ImapHostManager getImapHostManager() {
                return store.getImapHostManager();
            }
        }) {
            @Override
            protected ProtocolHandler createProtocolHandler(Socket socket) {
                connections.incrementAndGet();
                return super.createProtocolHandler(socket);
            }
        };
        server.startService();
        try {
            if (!server.waitTillRunning(10_000)) {
                throw new IllegalStateException("the SMTP server did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The port the server bound, chosen by the system. */
    int port() {
        return server.getPort();
    }

    int connections() {
        return connections.get();
    }

    int received() {
        lock.lock();
        try {
            return received;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until this many mails in all have arrived; false when they did not within the time. */
    boolean awaitReceived(int count, Duration within) throws InterruptedException {
        long left = within.toNanos();
        lock.lock();
        try {
            while (received < count) {
                if (left <= 0) {
                    return false;
                }
                left = arrived.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        server.stopService();
    }
}
