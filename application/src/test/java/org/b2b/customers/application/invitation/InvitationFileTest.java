package org.b2b.customers.application.invitation;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.b2b.customers.application.invitation.FileContent;
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
    void a_file_over_four_mebibytes_is_refused_and_the_message_says_the_limit() {
        byte[] big = new byte[InvitationFile.MAX_BYTES + 1];
        Arrays.fill(big, (byte) '\n');
        assertRefused(big, "too_large");
        assertThatThrownBy(() -> InvitationFile.read(FileContent.of(big)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::message).containsExactly("must be at most 4 MiB"));
    }

    @Test
    void a_file_of_exactly_four_mebibytes_is_read() {
        byte[] content = new byte[InvitationFile.MAX_BYTES];
        Arrays.fill(content, (byte) '\n');
        byte[] line = "a@example.com".getBytes(UTF_8);
        System.arraycopy(line, 0, content, content.length - line.length, line.length);
        assertThat(InvitationFile.read(FileContent.of(content)).lines())
                .containsExactly(new InvitationLine(InvitationFile.MAX_BYTES - line.length + 1, "a@example.com",
                        Optional.empty()));
    }

    @Test
    void a_file_too_large_whose_limit_falls_inside_a_character_is_too_large_not_malformed() {
        byte[] content = new byte[InvitationFile.MAX_BYTES + 2];
        Arrays.fill(content, (byte) '\n');
        Arrays.fill(content, InvitationFile.MAX_BYTES - 100_000, InvitationFile.MAX_BYTES, (byte) 'a');
        content[InvitationFile.MAX_BYTES] = (byte) 0xC3;
        content[InvitationFile.MAX_BYTES + 1] = (byte) 0xA9;
        assertRefused(content, "too_large");
    }

    @Test
    void more_than_ten_thousand_addresses_are_refused_and_the_message_says_the_limit() {
        StringBuilder text = new StringBuilder("email\n");
        for (int i = 0; i <= InvitationFile.MAX_ADDRESSES; i++) {
            text.append("person").append(i).append("@example.com\n");
        }
        assertRefused(text.toString().getBytes(UTF_8), "too_many_lines");
        assertThatThrownBy(() -> read(text.toString()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::message).containsExactly("must hold at most 10,000 email addresses"));
    }

    @Test
    void ten_thousand_addresses_with_a_header_and_blank_lines_are_read_with_their_numbers() {
        StringBuilder text = new StringBuilder("email,role\r\n");
        for (int i = 0; i < InvitationFile.MAX_ADDRESSES; i++) {
            text.append("\"person").append(i).append("@example.com\",company_buyer\r\n\r\n");
        }
        List<InvitationLine> lines = read(text.toString()).lines();

        assertThat(lines).hasSize(InvitationFile.MAX_ADDRESSES);
        assertThat(lines.get(0)).isEqualTo(new InvitationLine(2, "person0@example.com", Optional.of("company_buyer")));
        assertThat(lines.get(InvitationFile.MAX_ADDRESSES - 1)).isEqualTo(new InvitationLine(
                2 * InvitationFile.MAX_ADDRESSES, "person9999@example.com", Optional.of("company_buyer")));
    }

    @Test
    void the_stream_is_decoded_as_it_is_read_and_closed() {
        byte[] content = "\uFEFFemail\r\na@example.com\rb@example.com\n".getBytes(UTF_8);
        AtomicBoolean closed = new AtomicBoolean();
        FileContent trickling = () -> new FilterInputStream(new ByteArrayInputStream(content)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, 3));
            }

            @Override
            public void close() throws IOException {
                closed.set(true);
                super.close();
            }
        };

        assertThat(InvitationFile.read(trickling).lines()).extracting(InvitationLine::number, InvitationLine::email)
                .containsExactly(tuple(2, "a@example.com"), tuple(3, "b@example.com"));
        assertThat(closed).isTrue();
    }

    @Test
    void a_file_with_too_many_lines_is_refused_without_reading_the_rest_of_it() {
        byte[] content = "someone@example.com\n".repeat(InvitationFile.MAX_BYTES / 20).getBytes(UTF_8);
        AtomicLong consumed = new AtomicLong();
        FileContent counted = () -> new FilterInputStream(new ByteArrayInputStream(content)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, length);
                consumed.addAndGet(Math.max(read, 0));
                return read;
            }
        };

        assertRefused(counted, "too_many_lines");
        assertThat(consumed.get()).as("bytes read of %,d", content.length)
                .isLessThan((InvitationFile.MAX_ADDRESSES + 1) * 20L + 64 * 1024);
    }

    @Test
    void a_stream_that_fails_half_way_refuses_the_file() {
        AtomicBoolean closed = new AtomicBoolean();
        FileContent failing = () -> new SequenceInputStream(
                new ByteArrayInputStream("a@example.com\nb@example.com\n".repeat(1000).getBytes(UTF_8)),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("connection reset");
                    }

                    @Override
                    public void close() {
                        closed.set(true);
                    }
                });

        assertRefused(failing, "unreadable");
        assertThat(closed).isTrue();
    }

    @Test
    void content_that_cannot_be_opened_is_refused_on_the_field_file() {
        assertRefused(() -> {
            throw new IOException("the upload is gone");
        }, "unreadable");
    }

    @Test
    void a_character_split_between_two_reads_is_decoded_whole() {
        byte[] content = "zoë@example.com\n".getBytes(UTF_8);
        FileContent oneByteAtATime = () -> new FilterInputStream(new ByteArrayInputStream(content)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, 1));
            }
        };

        assertThat(InvitationFile.read(oneByteAtATime).lines()).extracting(InvitationLine::email)
                .containsExactly("zoë@example.com");
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
        assertRefused(new byte[0], "empty");
    }

    @Test
    void a_bad_byte_far_down_a_long_file_refuses_it_whole() {
        byte[] good = "someone@example.com\n".repeat(5000).getBytes(UTF_8);
        byte[] content = Arrays.copyOf(good, good.length + 2);
        content[good.length] = (byte) 0xFF;
        content[good.length + 1] = '\n';
        assertRefused(content, "not_utf8");
    }

    @Test
    void a_control_character_on_a_later_line_is_binary() {
        assertRefused("a@example.com\nb@exa\u0000mple.com\n".getBytes(UTF_8), "binary");
    }

    private static InvitationFile read(String text) {
        return InvitationFile.read(FileContent.of(text.getBytes(UTF_8)));
    }

    private static void assertRefused(byte[] content, String code) {
        assertRefused(FileContent.of(content), code);
    }

    private static void assertRefused(FileContent content, String code) {
        assertThatThrownBy(() -> InvitationFile.read(content))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("file", code)));
    }
}
