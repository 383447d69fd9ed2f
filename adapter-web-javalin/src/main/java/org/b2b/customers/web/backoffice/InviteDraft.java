package org.b2b.customers.web.backoffice;

import java.util.ArrayList;
import java.util.List;
import org.b2b.customers.web.FormFields;

/**
 * An invitation being prepared, kept whole from one post to the next: the typed rows, the pasted text as typed, and
 * the lines of the file read last (a file input cannot be filled again, so its lines travel instead of the file).
 */
public record InviteDraft(List<Row> rows, String paste, String fileName, List<InviteLine> fileLines) {

    /** Rows a new form starts with. */
    static final int FIRST_ROWS = 3;
    /** Rows the form grows to at most; longer lists are pasted or uploaded. */
    static final int MAX_ROWS = 50;

    /** One typed row: an email and the identifier of the role chosen for it. */
    public record Row(String email, String role) {}

    public InviteDraft {
        rows = List.copyOf(rows);
        fileLines = List.copyOf(fileLines);
    }

    static InviteDraft empty(String role) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < FIRST_ROWS; i++) {
            rows.add(new Row("", role));
        }
        return new InviteDraft(rows, "", "", List.of());
    }

    /** The draft a form carries; a form that carries no rows gets the first empty ones. */
    static InviteDraft of(FormFields form, String role) {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= MAX_ROWS && form.value("email." + i) != null; i++) {
            rows.add(new Row(form.value("email." + i), InviteLine.blankIfNull(form.value("role." + i))));
        }
        while (rows.size() < FIRST_ROWS) {
            rows.add(new Row("", role));
        }
        return new InviteDraft(rows, InviteLine.blankIfNull(form.value("paste")),
                InviteLine.blankIfNull(form.value("fileName")), InviteLine.read(form, "file"));
    }

    /** The same draft with one more empty row, while there is room. */
    InviteDraft withRow(String role) {
        if (rows.size() >= MAX_ROWS) {
            return this;
        }
        List<Row> more = new ArrayList<>(rows);
        more.add(new Row("", role));
        return new InviteDraft(more, paste, fileName, fileLines);
    }

    /** The same draft with the lines of another file, which replace those of the one before. */
    InviteDraft withFile(String name, List<InviteLine> lines) {
        return new InviteDraft(rows, paste, name, lines);
    }

    InviteDraft withoutFile() {
        return new InviteDraft(rows, paste, "", List.of());
    }

    public boolean hasFile() {
        return !fileLines.isEmpty();
    }

    public boolean roomForRows() {
        return rows.size() < MAX_ROWS;
    }

    /** The typed rows that name someone, as lines numbered by their row. */
    List<InviteLine> rowLines() {
        List<InviteLine> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).email().isBlank()) {
                lines.add(new InviteLine("row", i + 1, rows.get(i).email(), rows.get(i).role()));
            }
        }
        return lines;
    }

    /** The hidden fields that carry this draft whole, for a page that shows something else meanwhile. */
    public List<Hidden> hidden() {
        List<Hidden> hidden = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            hidden.add(new Hidden("email." + (i + 1), rows.get(i).email()));
            hidden.add(new Hidden("role." + (i + 1), rows.get(i).role()));
        }
        hidden.add(new Hidden("paste", paste));
        hidden.addAll(fileHidden());
        return hidden;
    }

    /** The hidden fields that carry the file's lines, for the form that may replace them with another file. */
    public List<Hidden> fileHidden() {
        List<Hidden> hidden = new ArrayList<>();
        if (hasFile()) {
            hidden.add(new Hidden("fileName", fileName));
            for (int n = 0; n < fileLines.size(); n++) {
                hidden.addAll(fileLines.get(n).hidden("file", n + 1));
            }
        }
        return hidden;
    }
}
