package org.b2b.customers.web.backoffice;

import java.util.List;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.web.page.Paths;

/** A tab of a company's profile: the company, which tab is open, and what that tab shows. */
public record CompanyProfile<T>(CompanyView company, String tab, T content) {

    /** The tabs, in order; each is a link to its own page. */
    public static final List<String> TABS = List.of("summary", "profile", "members", "invitations", "addresses", "orders",
            "history");

    public String link(String tabName) {
        return tabName.equals("summary") ? Paths.company(company.id()) : Paths.company(company.id(), tabName);
    }
}
