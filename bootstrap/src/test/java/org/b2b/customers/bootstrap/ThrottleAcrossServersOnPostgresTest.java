package org.b2b.customers.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.b2b.customers.bootstrap.StartedServer.ADMIN_EMAIL;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.b2b.customers.mail.MailServer;
import org.b2b.customers.web.ApiClient;
import org.b2b.customers.web.Exchanges;
import org.b2b.customers.web.OpenApiConformance;
import org.b2b.customers.web.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers on one PostgreSQL schema, with one registration key, as behind a load balancer: failed logins spread
 * over both count together, so that alternating between them does not double a guesser's free attempts.
 */
class ThrottleAcrossServersOnPostgresTest {

    private static final Map<String, String> WRONG = Map.of("email", ADMIN_EMAIL, "password", "a wrong guess");

    @Test
    void failed_logins_spread_over_two_servers_count_together(@TempDir Path data) throws Exception {
        Exchanges exchanges = new Exchanges();
        try (MailServer mail = MailServer.started();
                ServerDatabase database = ServerDatabase.postgres();
                StartedServer a = StartedServer.start(database, mail.port(), data, exchanges);
                StartedServer b = StartedServer.start(database, mail.port(), data, exchanges)) {
            List<ApiClient> servers = List.of(a.api(), b.api());
            int[] failedOn = new int[2];
            Reply held = null;
            // Alternating: counted per server, each would have to fail five times before either held anything.
            for (int attempt = 0; attempt < 8 && held == null; attempt++) {
                Reply reply = servers.get(attempt % 2).post("/api/v1/auth/token", null, WRONG);
                if (reply.status() == 429) {
                    held = reply;
                } else {
                    assertThat(reply.status()).as(reply.body()).isEqualTo(401);
                    failedOn[attempt % 2]++;
                }
            }

            assertThat(held).as("a 429 within eight alternating failures").isNotNull();
            assertThat(held.json().get("code").asText()).isEqualTo("auth.too_many_attempts");
            assertThat(Integer.parseInt(held.header("Retry-After"))).isPositive();
            assertThat(failedOn[0]).isBetween(2, 4);
            assertThat(failedOn[1]).isBetween(2, 4);
            assertThat(failuresOf(database, "account:" + ADMIN_EMAIL)).isEqualTo(failedOn[0] + failedOn[1]);
            assertThat(failuresOf(database, "client:127.0.0.1")).isGreaterThanOrEqualTo(failedOn[0] + failedOn[1]);
        }
        OpenApiConformance.ofServedDocument().assertConform(exchanges.all());
    }

    private static int failuresOf(ServerDatabase database, String subject) throws Exception {
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(
                        "select failures from login_failures where subject = ?")) {
            query.setString(1, subject);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as(subject).isTrue();
                return row.getInt(1);
            }
        }
    }
}
