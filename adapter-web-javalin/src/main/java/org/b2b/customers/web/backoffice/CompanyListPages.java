package org.b2b.customers.web.backoffice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.company.BrowseCompaniesQuery;
import org.b2b.customers.application.company.CompanyDirectory;
import org.b2b.customers.application.company.CompanyUseCases;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.web.page.Choice;
import org.b2b.customers.web.page.FormError;
import org.b2b.customers.web.page.FormErrors;
import org.b2b.customers.web.page.Pages;
import org.b2b.customers.web.page.Paths;
import org.b2b.customers.web.page.SignedInArea;
import org.b2b.customers.web.page.SignedInPage.Request;

/** Members › Companies: the companies the user may see, searched, filtered, sorted and paged from the address. */
final class CompanyListPages {

    private final CompanyUseCases companies;
    private final StaffChoices staff;
    private final Pages pages;

    CompanyListPages(CompanyUseCases companies, StaffChoices staff, Pages pages) {
        this.companies = companies;
        this.staff = staff;
        this.pages = pages;
    }

    void install(SignedInArea area) {
        area.get(Paths.COMPANIES, CompanyPages.SECTION, this::list);
    }

    private void list(Request request) {
        Map<String, String> filters = new LinkedHashMap<>();
        CompanyList.FILTERS.forEach(name -> filters.put(name, Optional.ofNullable(request.ctx().queryParam(name))
                .map(String::strip).orElse("")));
        int size = CompanyList.SIZES.stream().filter(s -> String.valueOf(s).equals(filters.get("size"))).findFirst()
                .orElse(PageRequest.DEFAULT_LIMIT);
        Optional<String> cursor = Optional.ofNullable(request.ctx().queryParam("cursor")).filter(c -> !c.isBlank());
        CompanyDirectory directory;
        int status = 200;
        List<FormError> errors = List.of();
        try {
            directory = companies.browse().browse(request.session().actor(), new BrowseCompaniesQuery(
                    present(filters.get("q")), present(filters.get("customerGroupId")),
                    present(filters.get("salesRepresentativeId")), present(filters.get("status")),
                    present(filters.get("country")), present(filters.get("sort")), new PageRequest(size, cursor)));
        } catch (InvalidInputException e) {
            // A hand-edited address: the list says which filter it cannot use and shows nothing rather than guess.
            directory = new CompanyDirectory(List.of(), Optional.empty(), Optional.empty(), 0, false);
            status = 422;
            errors = FormErrors.of(request.m(), e.errors());
        }
        pages.render(request.ctx(), status, "backoffice/company-list.jte", request.frame(), new CompanyList(filters,
                directory, staff.customerGroups(request.session().actor()), staff.salesRepresentatives(request),
                Choice.countries(request.m()), errors));
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }
}
