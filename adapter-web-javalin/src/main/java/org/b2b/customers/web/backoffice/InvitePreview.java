package org.b2b.customers.web.backoffice;

import java.util.ArrayList;
import java.util.List;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.web.page.Paths;

/**
 * What sending would do, line by line, before anything is sent: the lines travel as hidden fields, so that sending
 * sends exactly these, and the draft travels too, so that going back to edit loses nothing.
 */
public record InvitePreview(CompanyId companyId, InviteDraft draft, List<CheckedLine> lines) {

    public InvitePreview {
        lines = List.copyOf(lines);
    }

    public long invited() {
        return lines.stream().filter(CheckedLine::invited).count();
    }

    public long refused() {
        return lines.size() - invited();
    }

    public String send() {
        return Paths.company(companyId, "invitations");
    }

    public String edit() {
        return Paths.company(companyId, "invitations/new");
    }

    /** The lines to send and the draft to edit, as hidden fields. */
    public List<Hidden> hidden() {
        List<Hidden> hidden = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            hidden.addAll(lines.get(n).line().hidden("line", n + 1));
        }
        hidden.addAll(draft.hidden());
        return hidden;
    }
}
