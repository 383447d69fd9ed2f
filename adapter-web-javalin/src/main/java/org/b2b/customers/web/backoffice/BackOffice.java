package org.b2b.customers.web.backoffice;

import io.javalin.config.JavalinConfig;
import java.net.URI;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.web.TrustedProxies;
import org.b2b.customers.web.page.Pages;
import org.b2b.customers.web.page.Sessions;
import org.b2b.customers.web.page.SignInPages;
import org.b2b.customers.web.page.SignedInArea;

/** The pages people sign in to: the Back Office of the seller's staff, and the start of the Customer Portal. */
public final class BackOffice {

    private BackOffice() {}

    /** Adds sign-in and every signed-in page to a server being configured; cookies are secure behind https. */
    public static void install(JavalinConfig config, CustomerManagement useCases, TrustedProxies proxies,
            URI publicUrl) {
        boolean secureCookies = publicUrl != null && "https".equalsIgnoreCase(publicUrl.getScheme());
        Pages pages = new Pages();
        Sessions sessions = new Sessions(useCases.users(), proxies, secureCookies);
        SignedInArea area = new SignedInArea(config, sessions, pages);
        SignInPages.install(config, area, sessions, pages, proxies, secureCookies);
        StaffChoices staff = new StaffChoices(useCases.customerGroups(), useCases.users());
        new CompanyListPages(useCases.companies(), staff, pages).install(area);
        new CompanyFormPages(useCases.companies(), staff, pages).install(area);
        new CompanyPages(useCases.companies(), pages).install(area);
        new OrderPages(useCases.companies(), useCases.orders(), pages).install(area);
        new HistoryPages(useCases.companies(), useCases.history(), pages).install(area);
        new CompanyProfilePages(useCases.companies(), useCases.members(), pages).install(area);
        new AddressBookPages(useCases.companies(), useCases.addresses(), pages).install(area);
        new InvitePages(useCases.companies(), useCases.invitations(), pages).install(area);
        new InvitationPages(useCases.companies(), useCases.invitations(), useCases.roles(), pages).install(area);
        new MemberPages(useCases, pages).install(area);
        area.answerGetsOfFormsOnly();
    }
}
