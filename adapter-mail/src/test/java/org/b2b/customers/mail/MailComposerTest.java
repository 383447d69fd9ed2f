package org.b2b.customers.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailComposerTest {

    private static final Session SESSION = Session.getInstance(new Properties());

    @TempDir
    Path templates;

    @Test
    void the_subject_names_the_company_and_not_the_name_the_inviter_chose() throws Exception {
        MimeMessage message = Mails.composer().compose(SESSION, Mails.invitation("ina@buyer.example"));

        assertThat(message.getSubject()).isEqualTo("You are invited to join Acme Industrial")
                .doesNotContain("Ada Lovelace");
    }

    @Test
    void the_mail_goes_from_the_sender_to_the_invitee() throws Exception {
        MimeMessage message = Mails.composer().compose(SESSION, Mails.invitation("ina@buyer.example"));

        assertThat(message.getFrom()).extracting(Object::toString).containsExactly("no-reply@seller.example");
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("ina@buyer.example");
    }

    @Test
    void text_and_html_both_tell_company_inviter_role_link_and_expiry_in_words() throws Exception {
        MimeMessage message = Mails.composer().compose(SESSION, Mails.invitation("ina@buyer.example"));

        assertThat(message.isMimeType("multipart/alternative")).isTrue();
        for (String part : new String[] {Mails.text(message), Mails.html(message)}) {
            assertThat(part).contains("Acme Industrial", "Ada Lovelace", "Buyer", Mails.LINK, "7 December 2026, 09:00 UTC");
        }
        assertThat(Mails.html(message)).contains("href=\"" + Mails.LINK + "\"");
    }

    @Test
    void what_users_typed_is_escaped_in_the_html_and_left_as_it_is_in_the_text() throws Exception {
        MimeMessage message = Mails.composer().compose(SESSION,
                Mails.invitation("ina@buyer.example", "<script>alert(\"Zoë & Co\")</script>"));

        assertThat(Mails.html(message)).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&quot;Zoë &amp; Co&quot;)&lt;/script&gt;");
        assertThat(Mails.text(message)).contains("<script>alert(\"Zoë & Co\")</script>");
        assertThat(message.getSubject()).contains("<script>alert(\"Zoë & Co\")</script>");
    }

    @Test
    void a_deployer_changes_a_template_by_putting_a_file_of_the_same_name_in_their_directory() throws Exception {
        Files.writeString(templates.resolve("invitation.subject.txt"), "Welcome to ${companyName}, ${recipient}\n",
                StandardCharsets.UTF_8);
        MailComposer composer = MailComposer.load("no-reply@seller.example", Optional.of(templates), Mails.CLOCK);

        MimeMessage message = composer.compose(SESSION, Mails.invitation("ina@buyer.example"));

        assertThat(message.getSubject()).isEqualTo("Welcome to Acme Industrial, ina@buyer.example");
        assertThat(Mails.text(message)).contains(Mails.LINK);
    }

    @Test
    void a_subject_template_that_shows_the_inviters_name_is_refused_when_loaded() throws IOException {
        Files.writeString(templates.resolve("invitation.subject.txt"), "${inviterName} invites you to ${companyName}\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> MailComposer.load("no-reply@seller.example", Optional.of(templates), Mails.CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inviterName")
                .hasMessageContaining("subject");
    }

    @Test
    void a_template_that_shows_a_value_such_mails_do_not_have_is_refused_when_loaded() throws IOException {
        Files.writeString(templates.resolve("invitation.html"), "<p>${companyNmae}</p>", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> MailComposer.load("no-reply@seller.example", Optional.of(templates), Mails.CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("companyNmae");
    }

    @Test
    void a_sender_that_is_not_a_mail_address_is_refused() {
        assertThatThrownBy(() -> MailComposer.load("no reply", Optional.empty(), Mails.CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no reply");
    }
}
