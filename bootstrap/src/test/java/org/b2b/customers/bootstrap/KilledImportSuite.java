package org.b2b.customers.bootstrap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.b2b.customers.bootstrap.StartedServer.ADMIN_EMAIL;
import static org.b2b.customers.bootstrap.StartedServer.ADMIN_PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;
import org.b2b.customers.web.ApiClient;
import org.b2b.customers.web.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server process killed with SIGKILL in the middle of a bulk import, as a crash or a power cut would stop it: after
 * a restart none of the import's lines is there. The test makes the import stop part way and stay there: it holds a
 * lock on the invitation that address 750 renews, waits until the server's transaction is blocked on it, sees that
 * the transaction has written the rows of the first 500 addresses (the import writes a chunk of 500 at a time), and
 * kills.
 */
abstract class KilledImportSuite {

    private static final String BLOCKING = "spaet@import.example";
    private static final int LINES = 1000;
    private static final int BLOCKING_LINE = 750;

    @TempDir
    Path directory;

    /** The server's database, which this test can open too while the server runs. */
    abstract ServerDatabase database(Path directory);

    /** SQL counting the sessions that wait for a lock this session holds. */
    abstract String sessionsWaitingForMe();

    /** SQL counting the sessions waiting for a lock this session holds that have written to the outbox's data. */
    abstract String sessionsWaitingForMeThatWroteMailData();

    @Test
    void a_bulk_import_killed_half_way_leaves_none_of_its_lines_after_a_restart() throws Exception {
        try (ServerDatabase database = database(directory)) {
            Map<String, String> environment = new HashMap<>(database.environment());
            environment.put("CM_ADMIN_EMAIL", ADMIN_EMAIL);
            environment.put("CM_ADMIN_PASSWORD", ADMIN_PASSWORD);
            String companyId;
            try (ServerProcess server = ServerProcess.start(directory, environment)) {
                ApiClient api = server.api();
                String admin = api.tokenOf(ADMIN_EMAIL, ADMIN_PASSWORD);
                companyId = company(api, admin);
                UUID blocking = UUID.fromString(invite(api, admin, companyId, BLOCKING));
                Connection held = database.connect();
                try {
                    expire(held, blocking);
                    held.setAutoCommit(false);
                    lock(held, blocking);

                    CompletableFuture<Reply> importing = CompletableFuture.supplyAsync(() -> api.send(api.multipart(
                            "/api/v1/companies/" + companyId + "/invitations/import", admin,
                            Map.of("role", "company_buyer"), "people.csv", "text/csv", file())));
                    awaitWaitingForMe(held, server, importing);
                    assertThat(count(held, sessionsWaitingForMeThatWroteMailData()))
                            .as("the blocked import has written its first chunk's mails, uncommitted").isEqualTo(1);
                    server.kill();

                    assertThat(importing).as("the import's request ends without an answer")
                            .failsWithin(ServerProcess.DEADLINE);
                } finally {
                    closeQuietly(held);
                }
            }

            try (ServerProcess restarted = ServerProcess.start(directory, environment)) {
                ApiClient api = restarted.api();
                String admin = api.tokenOf(ADMIN_EMAIL, ADMIN_PASSWORD);
                String company = "/api/v1/companies/" + companyId;
                JsonNode invitations = api.get(company + "/invitations?limit=200", admin).json().get("items");
                JsonNode history = api.get(company + "/history?limit=200", admin).json().get("items");

                assertThat(texts(invitations, "email")).containsExactly(BLOCKING);
                assertThat(texts(history, "action")).containsExactly("invitation.created", "company.created");
            }
        }
    }

    /** One email a line, the one whose invitation the test holds locked in the second chunk of 500. */
    private static byte[] file() {
        StringBuilder file = new StringBuilder("email\n");
        for (int line = 1; line <= LINES; line++) {
            file.append(line == BLOCKING_LINE ? BLOCKING : "person." + line + "@import.example").append('\n');
        }
        return file.toString().getBytes(UTF_8);
    }

    private static String company(ApiClient api, String admin) {
        String me = api.get("/api/v1/me", admin).json().get("userId").asText();
        String group = created(api.post("/api/v1/customer-groups", admin,
                Map.of("identifier", "import", "name", "Import", "globalPriceRate", "0"))).get("id").asText();
        return created(api.post("/api/v1/companies", admin, Map.of("name", "Absturz AG", "taxId", "ZZ4711",
                "customerGroupId", group, "salesRepresentativeId", me))).get("id").asText();
    }

    private static String invite(ApiClient api, String admin, String companyId, String email) {
        Reply reply = api.post("/api/v1/companies/" + companyId + "/invitations", admin,
                Map.of("invitations", List.of(Map.of("email", email, "role", "company_buyer"))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("results").get(0).get("invitationId").asText();
    }

    /** Lets the invitation expire, so that the import renews it, which takes its row lock. */
    private static void expire(Connection connection, UUID invitation) throws SQLException {
        OffsetDateTime sent = OffsetDateTime.now(ZoneOffset.UTC).minusDays(8);
        try (PreparedStatement update = connection.prepareStatement(
                "update invitations set created_at = ?, last_sent_at = ?, expires_at = ? where id = ?")) {
            update.setObject(1, sent);
            update.setObject(2, sent);
            update.setObject(3, sent.plusDays(7));
            update.setObject(4, invitation);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static void lock(Connection connection, UUID invitation) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id from invitations where id = ? for update")) {
            select.setObject(1, invitation);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
            }
        }
    }

    private void awaitWaitingForMe(Connection connection, ServerProcess server, CompletableFuture<Reply> importing)
            throws SQLException {
        long deadline = System.nanoTime() + ServerProcess.DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(importing).as("the import answered before it reached the locked line; the server's log:%n%s",
                    String.join("\n", server.log())).isNotDone();
            if (count(connection, sessionsWaitingForMe()) > 0) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the import never waited for the locked invitation: " + String.join("\n", server.log()));
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(sql); ResultSet row = count.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    /** The connection went with the killed server (H2) or holds nothing any more worth keeping (PostgreSQL). */
    private static void closeQuietly(Connection connection) {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException gone) {
            // nothing to undo on a connection that died with the server
        }
    }

    private static JsonNode created(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(item -> item.get(field).asText()).toList();
    }
}
