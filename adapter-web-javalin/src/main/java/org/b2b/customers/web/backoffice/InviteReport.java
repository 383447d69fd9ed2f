package org.b2b.customers.web.backoffice;

import java.util.ArrayList;
import java.util.List;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.web.page.Paths;

/** What sending did, line by line, with the lines that failed ready to download, fix and send again. */
public record InviteReport(CompanyId companyId, List<CheckedLine> lines) {

    public InviteReport {
        lines = List.copyOf(lines);
    }

    public long invited() {
        return lines.stream().filter(CheckedLine::invited).count();
    }

    public long failed() {
        return lines.size() - invited();
    }

    public String invitations() {
        return Paths.company(companyId, "invitations");
    }

    public String inviteMore() {
        return Paths.company(companyId, "invitations/new");
    }

    public String failedLines() {
        return Paths.company(companyId, "invitations/failed-lines");
    }

    /** The failed lines as hidden fields of the download form. */
    public List<Hidden> failedHidden() {
        List<Hidden> hidden = new ArrayList<>();
        List<CheckedLine> failed = lines.stream().filter(line -> !line.invited()).toList();
        for (int n = 0; n < failed.size(); n++) {
            hidden.addAll(failed.get(n).line().hidden("failed", n + 1));
        }
        return hidden;
    }
}
