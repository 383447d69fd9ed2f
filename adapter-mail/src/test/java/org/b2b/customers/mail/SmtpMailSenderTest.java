package org.b2b.customers.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.b2b.customers.application.port.out.MailSender;
import org.b2b.customers.application.port.out.PermanentDeliveryFailure;
import org.b2b.customers.application.port.out.TransientDeliveryFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SmtpMailSenderTest {

    private final MailServer server = MailServer.started();
    private final SmtpMailSender sender = new SmtpMailSender(server.settings(), Mails.composer());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_mail_arrives_at_its_recipient_with_a_text_and_an_html_part() throws Exception {
        try (MailSender.Batch batch = sender.openBatch()) {
            batch.send(Mails.invitation("ina@buyer.example"));
        }

        assertThat(server.receivedBy("ina@buyer.example")).singleElement().satisfies(message -> {
            assertThat(message.getSubject()).isEqualTo("You are invited to join Acme Industrial");
            assertThat(Mails.text(message)).contains(Mails.LINK);
            assertThat(Mails.html(message)).contains(Mails.LINK);
        });
    }

    @Test
    void the_mails_of_a_batch_share_one_connection() throws Exception {
        try (MailSender.Batch batch = sender.openBatch()) {
            batch.send(Mails.invitation("one@buyer.example"));
            batch.send(Mails.invitation("two@buyer.example"));
            batch.send(Mails.invitation("three@buyer.example"));
        }

        assertThat(server.received()).hasSize(3);
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void a_5xx_reply_is_a_permanent_failure_with_the_servers_words_and_the_batch_goes_on() throws Exception {
        server.replyTo("gone@buyer.example", "550 5.1.1 No such mailbox here");

        try (MailSender.Batch batch = sender.openBatch()) {
            assertThatThrownBy(() -> batch.send(Mails.invitation("gone@buyer.example")))
                    .isInstanceOf(PermanentDeliveryFailure.class).hasMessage("550 5.1.1 No such mailbox here");
            batch.send(Mails.invitation("ina@buyer.example"));
        }

        assertThat(server.received()).hasSize(1);
        assertThat(server.receivedBy("ina@buyer.example")).hasSize(1);
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void a_4xx_reply_is_a_transient_failure() {
        server.replyTo("busy@buyer.example", "452 4.2.2 Mailbox full, try later");

        try (MailSender.Batch batch = sender.openBatch()) {
            assertThatThrownBy(() -> batch.send(Mails.invitation("busy@buyer.example")))
                    .isInstanceOf(TransientDeliveryFailure.class).hasMessage("452 4.2.2 Mailbox full, try later");
        }
    }

    @Test
    void a_server_that_cannot_be_reached_fails_every_mail_of_the_batch_for_now_after_one_try_to_connect() {
        server.stop();
        int connectionsBefore = server.connections();

        try (MailSender.Batch batch = sender.openBatch()) {
            assertThatThrownBy(() -> batch.send(Mails.invitation("one@buyer.example")))
                    .isInstanceOf(TransientDeliveryFailure.class).hasMessageContaining("cannot reach the mail server");
            server.up();
            assertThatThrownBy(() -> batch.send(Mails.invitation("two@buyer.example")))
                    .isInstanceOf(TransientDeliveryFailure.class).hasMessageContaining("cannot reach the mail server");
        }

        assertThat(server.connections()).isEqualTo(connectionsBefore);
        assertThat(server.received()).isEmpty();
    }

    @Test
    void a_new_batch_connects_again_once_the_server_is_back() throws Exception {
        server.stop();
        try (MailSender.Batch batch = sender.openBatch()) {
            assertThatThrownBy(() -> batch.send(Mails.invitation("ina@buyer.example")))
                    .isInstanceOf(TransientDeliveryFailure.class);
        }
        server.up();

        try (MailSender.Batch batch = sender.openBatch()) {
            batch.send(Mails.invitation("ina@buyer.example"));
        }

        assertThat(server.receivedBy("ina@buyer.example")).hasSize(1);
    }
}
