package org.b2b.customers.application.invitation;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.io.ByteStreams;
import com.google.common.io.CountingInputStream;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.b2b.customers.application.invitation.FileContent;
import org.b2b.customers.application.invitation.ImportInvitationsCommand;
import org.b2b.customers.domain.shared.InvalidInputException;

/**
 * An uploaded invitation file, read into lines: one email a line, or CSV {@code email,role} (comma or semicolon,
 * as spreadsheets in many countries write it; fields may be quoted) with an optional {@code email,role} header.
 * UTF-8 with or without a byte-order mark, CRLF, LF or CR line ends; blank lines are skipped but keep their
 * numbers, so the report points at the lines people see in their editor. Whatever cannot be a file of
 * addresses — too large, too many lines, not UTF-8, binary, unreadable — is refused as a whole on the field
 * {@code file}.
 *
 * <p>The content is decoded as a stream, a line at a time, and never held whole, as bytes or as text: what is
 * kept is the lines that name someone. A file is read to its end before anybody is invited, so that a refusal
 * found on its last line still invites nobody and is reported together with the command's other errors.
 */
final class InvitationFile {

    static final int MAX_BYTES = ImportInvitationsCommand.MAX_BYTES;
    static final int MAX_ADDRESSES = ImportInvitationsCommand.MAX_ADDRESSES;

    private static final String FIELD = "file";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final List<InvitationLine> lines;

    private InvitationFile(List<InvitationLine> lines) {
        this.lines = List.copyOf(lines);
    }

    static InvitationFile read(FileContent content) {
        try (InputStream stream = content.open()) {
            return read(stream);
        } catch (IOException e) {
            throw refused("unreadable", "could not be read to its end");
        }
    }

    /** Reads the stream to its end, or to the first reason to refuse it; closing it is the caller's. */
    private static InvitationFile read(InputStream content) throws IOException {
        // One byte past the limit is enough to know that a file is too large, whatever else it holds.
        CountingInputStream counted = new CountingInputStream(ByteStreams.limit(content, MAX_BYTES + 1L));
        BufferedInputStream bytes = new BufferedInputStream(counted);
        refuseUtf16(bytes);
        BufferedReader text = new BufferedReader(new InputStreamReader(bytes, UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
        List<InvitationLine> lines = new ArrayList<>();
        boolean beforeFirstRow = true;
        int number = 0;
        try {
            for (String row = text.readLine(); row != null; row = text.readLine()) {
                number++;
                refuseIfTooLarge(counted);
                if (number == 1 && !row.isEmpty() && row.charAt(0) == BYTE_ORDER_MARK) {
                    row = row.substring(1);
                }
                refuseControlCharacters(row);
                if (row.isBlank()) {
                    continue;
                }
                List<String> fields = fields(row);
                if (beforeFirstRow && isHeader(fields)) {
                    beforeFirstRow = false;
                    continue;
                }
                beforeFirstRow = false;
                if (lines.size() == MAX_ADDRESSES) {
                    throw refused("too_many_lines", "must hold at most " + String.format(Locale.ROOT, "%,d",
                            MAX_ADDRESSES) + " email addresses");
                }
                Optional<String> role = fields.size() > 1 && !fields.get(1).isEmpty()
                        ? Optional.of(fields.get(1)) : Optional.empty();
                lines.add(new InvitationLine(number, fields.get(0), role));
            }
        } catch (CharacterCodingException e) {
            // The limit may have cut the last character in two: then the file is too large, not malformed.
            refuseIfTooLarge(counted);
            throw refused("not_utf8", "must be UTF-8 text: one email a line, or CSV email,role");
        }
        refuseIfTooLarge(counted);
        if (lines.isEmpty()) {
            throw refused("empty", "holds no email addresses");
        }
        return new InvitationFile(lines);
    }

    /** The lines that name someone, in file order, numbered as in the file. */
    List<InvitationLine> lines() {
        return lines;
    }

    private static void refuseUtf16(BufferedInputStream bytes) throws IOException {
        bytes.mark(2);
        int first = bytes.read();
        int second = bytes.read();
        bytes.reset();
        if (first == 0xFF && second == 0xFE || first == 0xFE && second == 0xFF) {
            throw refused("not_utf8", "must be UTF-8 text; this file is UTF-16, save it as UTF-8");
        }
    }

    private static void refuseIfTooLarge(CountingInputStream counted) {
        if (counted.getCount() > MAX_BYTES) {
            throw refused("too_large", "must be at most " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
    }

    private static void refuseControlCharacters(String row) {
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                throw refused("binary", "must be a text or CSV file, not binary content");
            }
        }
    }

    /** The stripped fields of a CSV row; a row with an unclosed quote is one field, the row as it is. */
    private static List<String> fields(String row) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted && c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ',' || c == ';')) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return List.of(row.strip());
        }
        fields.add(field.toString().strip());
        return fields;
    }

    private static boolean isHeader(List<String> fields) {
        String first = fields.get(0).toLowerCase(Locale.ROOT);
        return (first.equals("email") || first.equals("e-mail"))
                && (fields.size() == 1 || fields.get(1).equalsIgnoreCase("role"));
    }

    private static InvalidInputException refused(String code, String message) {
        return InvalidInputException.of(FIELD, code, message);
    }
}
