package org.b2b.customers.web.backoffice;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.company.BrowseCompaniesQuery;
import org.b2b.customers.application.company.ChangeCompaniesCommand;
import org.b2b.customers.application.company.CompanyChangeResult;
import org.b2b.customers.application.company.CompanyDirectory;
import org.b2b.customers.application.company.CompanyUseCases;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.web.page.Choice;
import org.b2b.customers.web.page.FormError;
import org.b2b.customers.web.page.FormErrors;
import org.b2b.customers.web.page.Pages;
import org.b2b.customers.web.page.Paths;
import org.b2b.customers.web.page.SignedInArea;
import org.b2b.customers.web.page.SignedInPage.Request;

/**
 * Members › Companies: the companies the user may see, searched, filtered, sorted and paged from the address; a
 * bulk action on the companies ticked, confirmed first where it locks people out, with what it did to each; and
 * every matching company as a spreadsheet.
 */
final class CompanyListPages {

    private static final List<String> ACTIONS = List.of("deactivate", "activate", "assign-representative",
            "assign-group");
    /** The actions that lock members out or let them back in, which are asked again before they are done. */
    private static final Set<String> CONFIRMED = Set.of("deactivate", "activate");

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
        // Added before the company's own pages, whose {id} would otherwise take "export.csv" and "bulk" for ids.
        area.get(CompanyList.EXPORT, CompanyPages.SECTION, new CompanyExport(companies)::export);
        area.post(CompanyList.BULK, CompanyPages.SECTION, this::bulk);
        area.answerGetsOfFormOnly(CompanyList.BULK);
    }

    private void list(Request request) {
        Context ctx = request.ctx();
        show(request, 200, filtersOf(ctx::queryParam), present(ctx.queryParam("cursor")),
                "page".equals(ctx.queryParam("select")), Set.of(), List.of());
    }

    private void bulk(Request request) {
        Map<String, String> filters = filtersOf(name -> request.form().value(CompanyList.LIST_PARAMETER + name));
        Optional<String> cursor = present(request.form().value(CompanyList.LIST_PARAMETER + "cursor"));
        String action = request.form().valueOrBlank("action");
        Set<String> ticked = new LinkedHashSet<>(request.ctx().formParams(CompanyList.COMPANY_ID));
        List<CompanyId> ids = idsOf(ticked);
        String value = action.equals("assign-group") ? request.form().value("customerGroupId")
                : request.form().value("salesRepresentativeId");
        List<FormError> errors = new ArrayList<>();
        if (ids.isEmpty()) {
            errors.add(new FormError("", request.m().text("bulk.error.none")));
        }
        if (!ACTIONS.contains(action)) {
            errors.add(new FormError("", request.m().text("bulk.error.action")));
        } else if (action.startsWith("assign-") && (value == null || value.isBlank())) {
            errors.add(action.equals("assign-group")
                    ? new FormError("bulk-customerGroupId", request.m().text("bulk.error.group"))
                    : new FormError("bulk-salesRepresentativeId", request.m().text("bulk.error.representative")));
        }
        if (!errors.isEmpty()) {
            show(request, 422, filters, cursor, false, ticked, errors);
            return;
        }
        CompanyList list = listOf(request, filters, cursor, List.of());
        if (CONFIRMED.contains(action) && !"yes".equals(request.form().value("confirmed"))) {
            pages.render(request.ctx(), 200, "backoffice/company-bulk-confirm.jte", request.frame(),
                    new CompanyBulkConfirmation(action, ids.stream().map(id -> id.value().toString()).toList(),
                            namesOf(request, ids), list.carried(), list.here()));
            return;
        }
        List<CompanyChangeResult> results;
        try {
            results = companies.change().change(request.session().actor(), commandOf(action, ids, value));
        } catch (InvalidInputException e) {
            show(request, 422, filters, cursor, false, ticked, FormErrors.of(request.m(), e.errors()));
            return;
        }
        // The report is shown at once rather than after a redirect: it exists only as the answer to this change,
        // and sending the form again would find every company changed already and say so.
        pages.render(request.ctx(), 200, "backoffice/company-bulk-report.jte", request.frame(),
                CompanyBulkReport.of(request.m(), action, results, list.here()));
    }

    /** The names of the companies to confirm, of those the user may see; the others are reported after the change. */
    private List<String> namesOf(Request request, List<CompanyId> ids) {
        List<String> names = new ArrayList<>();
        for (CompanyId id : ids) {
            try {
                names.add(companies.get().get(request.session().actor(), id).name());
            } catch (DomainException e) {
                if (e.kind() != ErrorKind.NOT_FOUND && e.kind() != ErrorKind.FORBIDDEN) {
                    throw e;
                }
            }
        }
        return names;
    }

    private static ChangeCompaniesCommand commandOf(String action, List<CompanyId> ids, String value) {
        return switch (action) {
            case "deactivate" -> ChangeCompaniesCommand.deactivate(ids);
            case "activate" -> ChangeCompaniesCommand.activate(ids);
            case "assign-group" -> ChangeCompaniesCommand.assignCustomerGroup(ids, value);
            default -> ChangeCompaniesCommand.assignSalesRepresentative(ids, value);
        };
    }

    /** The ticked boxes that name a company; the page writes no other, so anything else is dropped. */
    private static List<CompanyId> idsOf(Set<String> ticked) {
        List<CompanyId> ids = new ArrayList<>();
        for (String text : ticked) {
            try {
                ids.add(CompanyId.parse(CompanyList.COMPANY_ID, text));
            } catch (InvalidInputException e) {
                continue;
            }
            if (ids.size() == ChangeCompaniesCommand.MAX_COMPANIES) {
                break;
            }
        }
        return ids;
    }

    private void show(Request request, int status, Map<String, String> filters, Optional<String> cursor,
            boolean allSelected, Set<String> ticked, List<FormError> bulkErrors) {
        CompanyList list = listOf(request, filters, cursor, bulkErrors);
        pages.render(request.ctx(), list.errors().size() > bulkErrors.size() ? 422 : status,
                "backoffice/company-list.jte", request.frame(), new CompanyList(list.filters(), cursor,
                        list.directory(), list.customerGroups(), list.salesRepresentatives(), list.countries(),
                        list.errors(), allSelected, ticked));
    }

    private CompanyList listOf(Request request, Map<String, String> filters, Optional<String> cursor,
            List<FormError> bulkErrors) {
        CompanyDirectory directory;
        List<FormError> errors = new ArrayList<>(bulkErrors);
        try {
            directory = companies.browse().browse(request.session().actor(), queryOf(filters, sizeOf(filters),
                    cursor));
        } catch (InvalidInputException e) {
            // A hand-edited address: the list says which filter it cannot use and shows nothing rather than guess.
            directory = new CompanyDirectory(List.of(), Optional.empty(), Optional.empty(), 0, false);
            errors.addAll(FormErrors.of(request.m(), e.errors()));
        }
        return new CompanyList(filters, cursor, directory, staff.customerGroups(request.session().actor()),
                staff.salesRepresentatives(request), Choice.countries(request.m()), errors, false, Set.of());
    }

    static Map<String, String> filtersOf(Function<String, String> parameter) {
        Map<String, String> filters = new LinkedHashMap<>();
        CompanyList.FILTERS.forEach(name -> filters.put(name, Optional.ofNullable(parameter.apply(name))
                .map(String::strip).orElse("")));
        return filters;
    }

    static BrowseCompaniesQuery queryOf(Map<String, String> filters, int size, Optional<String> cursor) {
        return new BrowseCompaniesQuery(present(filters.get("q")), present(filters.get("customerGroupId")),
                present(filters.get("salesRepresentativeId")), present(filters.get("status")),
                present(filters.get("country")), present(filters.get("sort")), new PageRequest(size, cursor));
    }

    private static int sizeOf(Map<String, String> filters) {
        return CompanyList.SIZES.stream().filter(s -> String.valueOf(s).equals(filters.get("size"))).findFirst()
                .orElse(PageRequest.DEFAULT_LIMIT);
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
