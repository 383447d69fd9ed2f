package org.b2b.customers.web.backoffice;

import java.util.List;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.web.page.Paths;

/**
 * A tab of a company's profile: the company, which tab is open, what that tab shows, and whether the user may edit the
 * company — known where the tab's use case tells (the Summary), so that "Edit" is offered only where it will work.
 */
public record CompanyProfile<T>(CompanyView company, String tab, T content, boolean editable) {

    /** The tabs, in order; each is a link to its own page. */
    public static final List<String> TABS = List.of("summary", "profile", "members", "invitations", "addresses", "orders",
            "history");

    /** A tab that does not offer to edit the company's basic information. */
    public CompanyProfile(CompanyView company, String tab, T content) {
        this(company, tab, content, false);
    }

    public String link(String tabName) {
        return tabName.equals("summary") ? Paths.company(company.id()) : Paths.company(company.id(), tabName);
    }
}
