package org.b2b.customers.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    @Test
    void with_no_variables_the_server_runs_on_embedded_h2_at_port_7070() {
        Configuration configuration = Configuration.from(Map.of());

        assertThat(configuration.httpPort()).isEqualTo(7070);
        assertThat(configuration.dbUrl()).startsWith("jdbc:h2:file:./data/");
        assertThat(configuration.publicUrl()).isEqualTo(URI.create("http://localhost:7070"));
        assertThat(configuration.smtp()).isEmpty();
        assertThat(configuration.mailFrom()).isEqualTo("no-reply@localhost");
        assertThat(configuration.invitationTtl().duration()).isEqualTo(Duration.ofDays(7));
        assertThat(configuration.demoData()).isFalse();
        assertThat(configuration.tokenIdleTimeout()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void the_token_idle_timeout_is_an_iso_duration_from_one_minute_to_twelve_hours() {
        assertThat(Configuration.from(Map.of("CM_TOKEN_IDLE_TIMEOUT", "PT1M")).tokenIdleTimeout())
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(Configuration.from(Map.of("CM_TOKEN_IDLE_TIMEOUT", "PT12H")).tokenIdleTimeout())
                .isEqualTo(Duration.ofHours(12));
        for (String wrong : new String[] {"30", "PT59S", "PT12H1S", "-PT30M", "P1D"}) {
            assertThatThrownBy(() -> Configuration.from(Map.of("CM_TOKEN_IDLE_TIMEOUT", wrong))).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("CM_TOKEN_IDLE_TIMEOUT must be an ISO-8601 duration from PT1M to PT12H, such as PT30M, "
                            + "not '" + wrong + "'");
        }
    }

    @Test
    void the_public_url_follows_the_port_unless_set() {
        assertThat(Configuration.from(Map.of("CM_HTTP_PORT", "8080")).publicUrl())
                .isEqualTo(URI.create("http://localhost:8080"));
        assertThat(Configuration.from(Map.of("CM_HTTP_PORT", "8080", "CM_PUBLIC_URL", "https://customers.example.com"))
                .publicUrl()).isEqualTo(URI.create("https://customers.example.com"));
    }

    @Test
    void every_wrong_variable_is_named_in_one_message() {
        assertThatThrownBy(() -> Configuration.from(Map.of(
                "CM_HTTP_PORT", "seventy", "CM_DB_URL", "mysql://x", "CM_PUBLIC_URL", "not a url",
                "CM_DEMO_DATA", "yes", "CM_INVITATION_TTL", "P90D")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("CM_HTTP_PORT", "CM_DB_URL", "CM_PUBLIC_URL", "CM_DEMO_DATA", "CM_INVITATION_TTL");
    }

    @Test
    void smtp_settings_are_read_and_the_password_is_never_printed() {
        Configuration configuration = Configuration.from(Map.of("CM_SMTP_HOST", "mail.example.com", "CM_SMTP_PORT", "587",
                "CM_SMTP_USER", "mailer", "CM_SMTP_PASSWORD", "s3cret-value", "CM_SMTP_STARTTLS", "true"));

        assertThat(configuration.smtp()).hasValueSatisfying(smtp -> {
            assertThat(smtp.port()).isEqualTo(587);
            assertThat(smtp.startTls()).isTrue();
        });
        assertThat(configuration.toString()).doesNotContain("s3cret-value");
        assertThat(configuration.smtp().orElseThrow().toString()).doesNotContain("s3cret-value");
    }

    @Test
    void a_trusted_proxy_that_is_no_address_or_range_stops_the_server_naming_the_variable() {
        assertThatThrownBy(() -> Configuration.from(Map.of("CM_TRUSTED_PROXIES", "10.0.0.0/8, proxy.example.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("CM_TRUSTED_PROXIES", "proxy.example.com");
        assertThatThrownBy(() -> Configuration.from(Map.of("CM_TRUSTED_PROXIES", "10.0.0.0/33")))
                .hasMessageContainingAll("CM_TRUSTED_PROXIES", "10.0.0.0/33");
    }
}
