package org.b2b.customers.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * GreenMail's SMTP server in this JVM, on a port of its own, with what the tests need besides: a reply of the
 * test's choosing to chosen recipients (a 5xx or a 4xx), the number of connections it accepted, and stopping and
 * starting again on the same port, as a mail server that is down and comes back. Received mail outlives a stop.
 */
public final class MailServer implements AutoCloseable {

    private final Managers store = new Managers();
    private final Map<String, String> replies = new ConcurrentHashMap<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final SmtpManager smtp = new SmtpManager(store.getImapHostManager(), store.getUserManager()) {
        @Override
        public String checkRecipient(SmtpState state, MailAddress recipient) {
            return replies.get(recipient.getEmail());
        }
    };
    private final int port;
    private SmtpServer server;

    private MailServer(int port) {
        this.port = port;
    }

    /** A server that is up. */
    public static MailServer started() {
        MailServer server = new MailServer(freePort());
        server.up();
        return server;
    }

    /** A server that is down, on a port nothing listens on, until {@link #up()}. */
    public static MailServer down() {
        return new MailServer(freePort());
    }

    public synchronized void up() {
        server = new SmtpServer(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP), new Managers() {
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
            assertThat(server.waitTillRunning(10_000)).as("the SMTP server started").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public synchronized void stop() {
        if (server != null) {
            server.stopService();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return port;
    }

    SmtpSettings settings() {
        return new SmtpSettings("127.0.0.1", port, Optional.empty(), Optional.empty(), false);
    }

    /** From now on, the server answers RCPT TO for this address with the given reply. */
    void replyTo(String recipient, String reply) {
        replies.put(recipient, reply);
    }

    void acceptMailTo(String recipient) {
        replies.remove(recipient);
    }

    int connections() {
        return connections.get();
    }

    public List<MimeMessage> received() {
        return store.getImapHostManager().getAllMessages().stream().map(StoredMessage::getMimeMessage).toList();
    }

    public List<MimeMessage> receivedBy(String email) {
        return received().stream().filter(message -> recipients(message).contains(email)).toList();
    }

    /** Waits, up to half a minute, until this many mails in all have arrived. */
    public void awaitReceived(int count) {
        CountDownLatch arrived = smtp.createAndAddNewWaitObject(count);
        try {
            assertThat(arrived == null || arrived.await(30, TimeUnit.SECONDS))
                    .as("%d mails arrived within 30 s; %d did", count, received().size()).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
