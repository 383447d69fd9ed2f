package org.b2b.customers.application.service.invitation;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Arrays;
import java.util.Optional;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class InvitationFileTest {

    @Test
    void a_plain_list_has_one_email_a_line_without_roles() {
        assertThat(read("a@example.com\nb@example.com\n").lines()).containsExactly(
                new InvitationLine(1, "a@example.com", Optional.empty()),
                new InvitationLine(2, "b@example.com", Optional.empty()));
    }

    @Test
    void a_csv_line_names_its_role_and_a_blank_role_means_none() {
        assertThat(read("a@example.com,company_admin\nb@example.com,\n").lines()).containsExactly(
                new InvitationLine(1, "a@example.com", Optional.of("company_admin")),
                new InvitationLine(2, "b@example.com", Optional.empty()));
    }

    @Test
    void a_header_row_is_skipped_and_lines_keep_their_numbers_in_the_file() {
        assertThat(read("Email,Role\na@example.com,company_buyer\n").lines())
                .containsExactly(new InvitationLine(2, "a@example.com", Optional.of("company_buyer")));
    }

    @Test
    void a_byte_order_mark_does_not_hide_the_header() {
        assertThat(read("\uFEFFemail,role\r\na@example.com,company_buyer\r\n").lines())
                .containsExactly(new InvitationLine(2, "a@example.com", Optional.of("company_buyer")));
    }

    @Test
    void crlf_lf_and_cr_all_end_lines() {
        assertThat(read("a@example.com\r\nb@example.com\rc@example.com\n").lines())
                .extracting(InvitationLine::number, InvitationLine::email)
                .containsExactly(
                        tuple(1, "a@example.com"),
                        tuple(2, "b@example.com"),
                        tuple(3, "c@example.com"));
    }

    @Test
    void blank_lines_are_skipped_but_counted() {
        assertThat(read("\n  \na@example.com\n\nb@example.com").lines())
                .extracting(InvitationLine::number).containsExactly(3, 5);
    }

    @Test
    void quoted_fields_and_semicolons_are_read_as_spreadsheets_write_them() {
        assertThat(read("\"a@example.com\";\"company_admin\"\n\" b@example.com \",\"company_\"\"x\"\n").lines())
                .containsExactly(
                        new InvitationLine(1, "a@example.com", Optional.of("company_admin")),
                        new InvitationLine(2, "b@example.com", Optional.of("company_\"x")));
    }

    @Test
    void a_line_with_an_unclosed_quote_is_kept_whole_for_the_report() {
        assertThat(read("\"a@example.com,company_admin\n").lines())
                .containsExactly(new InvitationLine(1, "\"a@example.com,company_admin", Optional.empty()));
    }

    @Test
    void a_file_over_one_mebibyte_is_refused() {
        byte[] big = new byte[InvitationFile.MAX_BYTES + 1];
        Arrays.fill(big, (byte) '\n');
        assertRefused(big, "too_large");
    }

    @Test
    void a_file_of_exactly_one_mebibyte_is_read() {
        byte[] content = new byte[InvitationFile.MAX_BYTES];
        Arrays.fill(content, (byte) '\n');
        byte[] line = "a@example.com".getBytes(UTF_8);
        System.arraycopy(line, 0, content, 0, line.length);
        assertThat(InvitationFile.read(content).lines()).hasSize(1);
    }

    @Test
    void more_than_a_thousand_addresses_are_refused() {
        StringBuilder text = new StringBuilder("email\n");
        for (int i = 0; i <= InvitationFile.MAX_ADDRESSES; i++) {
            text.append("person").append(i).append("@example.com\n");
        }
        assertRefused(text.toString().getBytes(UTF_8), "too_many_lines");
    }

    @Test
    void a_thousand_addresses_and_a_header_are_read() {
        StringBuilder text = new StringBuilder("email\n");
        for (int i = 0; i < InvitationFile.MAX_ADDRESSES; i++) {
            text.append("person").append(i).append("@example.com\n");
        }
        assertThat(read(text.toString()).lines()).hasSize(InvitationFile.MAX_ADDRESSES);
    }

    @Test
    void bytes_that_are_not_utf8_are_refused() {
        assertRefused(new byte[] {'a', '@', 'b', '.', 'c', (byte) 0xC3, (byte) 0x28}, "not_utf8");
    }

    @Test
    void a_utf16_file_is_refused_with_a_hint() {
        assertRefused("\uFEFFa@example.com".getBytes(UTF_16LE), "not_utf8");
    }

    @Test
    void binary_content_is_refused() {
        assertRefused(new byte[] {'P', 'K', 3, 4, 0, 0, 'a'}, "binary");
    }

    @Test
    void a_file_without_addresses_is_refused() {
        assertRefused("email,role\n\n".getBytes(UTF_8), "empty");
    }

    private static InvitationFile read(String text) {
        return InvitationFile.read(text.getBytes(UTF_8));
    }

    private static void assertRefused(byte[] content, String code) {
        assertThatThrownBy(() -> InvitationFile.read(content))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("file", code)));
    }
}
