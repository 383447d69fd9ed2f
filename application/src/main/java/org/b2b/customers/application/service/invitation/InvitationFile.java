package org.b2b.customers.application.service.invitation;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.b2b.customers.domain.shared.InvalidInputException;

/**
 * An uploaded invitation file, read into lines: one email a line, or CSV {@code email,role} (comma or semicolon,
 * as spreadsheets in many countries write it; fields may be quoted) with an optional {@code email,role} header.
 * UTF-8 with or without a byte-order mark, CRLF, LF or CR line ends; blank lines are skipped but keep their
 * numbers, so the report points at the lines people see in their editor. Whatever cannot be a file of
 * addresses — too large, too many lines, not UTF-8, binary — is refused as a whole on the field {@code file}.
 */
final class InvitationFile {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ADDRESSES = 1000;

    private static final String FIELD = "file";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final List<InvitationLine> lines;

    private InvitationFile(List<InvitationLine> lines) {
        this.lines = List.copyOf(lines);
    }

    static InvitationFile read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw refused("too_large", "must be at most 1 MiB");
        }
        String text = decode(content);
        String[] rows = text.split("\r\n|\r|\n", -1);
        List<InvitationLine> lines = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            List<String> fields = fields(rows[i]);
            if (first && isHeader(fields)) {
                first = false;
                continue;
            }
            first = false;
            if (lines.size() == MAX_ADDRESSES) {
                throw refused("too_many_lines", "must hold at most " + MAX_ADDRESSES + " email addresses");
            }
            Optional<String> role = fields.size() > 1 && !fields.get(1).isEmpty() ? Optional.of(fields.get(1)) : Optional.empty();
            lines.add(new InvitationLine(i + 1, fields.get(0), role));
        }
        if (lines.isEmpty()) {
            throw refused("empty", "holds no email addresses");
        }
        return new InvitationFile(lines);
    }

    /** The lines that name someone, in file order, numbered as in the file. */
    List<InvitationLine> lines() {
        return lines;
    }

    private static String decode(byte[] content) {
        if (content.length >= 2 && (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE
                || content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)) {
            throw refused("not_utf8", "must be UTF-8 text; this file is UTF-16, save it as UTF-8");
        }
        String text;
        try {
            text = UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw refused("not_utf8", "must be UTF-8 text: one email a line, or CSV email,role");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n')) {
            throw refused("binary", "must be a text or CSV file, not binary content");
        }
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
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
