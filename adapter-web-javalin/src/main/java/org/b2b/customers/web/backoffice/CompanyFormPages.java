package org.b2b.customers.web.backoffice;

import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.b2b.customers.application.address.AddressInput;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.company.CompanyUseCases;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.CreateCompanyCommand;
import org.b2b.customers.application.company.UpdateCompanyCommand;
import org.b2b.customers.application.group.CustomerGroupUseCases;
import org.b2b.customers.application.user.ListUsersQuery;
import org.b2b.customers.application.user.UserUseCases;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.StaleVersionException;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.web.page.Choice;
import org.b2b.customers.web.page.FormErrors;
import org.b2b.customers.web.page.Pages;
import org.b2b.customers.web.page.Paths;
import org.b2b.customers.web.page.SignedInArea;
import org.b2b.customers.web.page.SignedInPage.Request;

/**
 * Creating a company, and editing its basic information, on one form each. A refused form comes back with every
 * value kept, an error summary and each error beside its field; an edit saved by someone else meanwhile comes back
 * with this user's values, the other's beside them, and the newer version to save over.
 */
final class CompanyFormPages {

    private static final String FORM = "backoffice/company-form.jte";
    private static final List<String> FIELDS = List.of("name", "taxId", "newCustomerGroupName",
            "customerGroupId", "salesRepresentativeId", "website");

    private final CompanyUseCases companies;
    private final StaffChoices staff;
    private final Pages pages;

    CompanyFormPages(CompanyUseCases companies, StaffChoices staff, Pages pages) {
        this.companies = companies;
        this.staff = staff;
        this.pages = pages;
    }

    void install(SignedInArea area) {
        area.get(Paths.NEW_COMPANY, CompanyPages.SECTION, this::blank);
        area.post(Paths.COMPANIES, CompanyPages.SECTION, this::create);
        area.get(Paths.COMPANIES + "/{id}/edit", CompanyPages.SECTION, this::edit);
        area.post(Paths.COMPANIES + "/{id}/edit", CompanyPages.SECTION, this::update);
    }

    private void blank(Request request) {
        Map<String, String> values = new HashMap<>();
        values.put("salesRepresentativeId", request.session().user().id().value().toString());
        show(request, 200, Optional.empty(), "", values, 0, false, Map.of(), List.of());
    }

    private void create(Request request) {
        Map<String, String> values = typed(request, true);
        try {
            CompanyView created = companies.create().create(request.session().actor(), new CreateCompanyCommand(
                    values.get("name"), values.get("taxId"), values.get("customerGroupId"),
                    values.get("salesRepresentativeId"), values.get("website"), billingAddress(values),
                    values.get("newCustomerGroupName")));
            request.ctx().redirect(Paths.company(created.id()) + "?notice=company-created", HttpStatus.SEE_OTHER);
        } catch (InvalidInputException e) {
            show(request, 422, Optional.empty(), "", values, 0, false, Map.of(), e.errors());
        } catch (DomainException e) {
            show(request, 409, Optional.empty(), "", values, 0, false, Map.of(), taxIdTaken(e));
        }
    }

    private void edit(Request request) {
        CompanyView company = companies.get().get(request.session().actor(), CompanyPages.companyIdOf(request));
        show(request, 200, Optional.of(company.id()), company.name(), valuesOf(company), company.version(), false,
                Map.of(), List.of());
    }

    private void update(Request request) {
        Actor actor = request.session().actor();
        CompanyId id = CompanyPages.companyIdOf(request);
        Map<String, String> values = typed(request, false);
        long version = request.form().version();
        try {
            companies.update().update(actor, UpdateCompanyCommand.of(id).withName(values.get("name"))
                    .withTaxId(values.get("taxId")).withCustomerGroupId(values.get("customerGroupId"))
                    .withSalesRepresentativeId(values.get("salesRepresentativeId")).withWebsite(values.get("website"))
                    .ifVersion(version));
            request.ctx().redirect(Paths.company(id) + "?notice=company-saved", HttpStatus.SEE_OTHER);
        } catch (StaleVersionException e) {
            CompanyView current = companies.get().get(actor, id);
            Map<String, String> theirs = new LinkedHashMap<>();
            valuesOf(current).forEach((field, value) -> {
                if (!Objects.equals(value, values.getOrDefault(field, ""))) {
                    theirs.put(field, value);
                }
            });
            show(request, 409, Optional.of(id), current.name(), values, current.version(), true, theirs, List.of());
        } catch (InvalidInputException e) {
            show(request, 422, Optional.of(id), companies.get().get(actor, id).name(), values, version, false,
                    Map.of(), e.errors());
        } catch (DomainException e) {
            show(request, 409, Optional.of(id), companies.get().get(actor, id).name(), values, version, false,
                    Map.of(), taxIdTaken(e));
        }
    }

    /** The one conflict a form can fix, on its field; any other refusal is the area's to show. */
    private static List<FieldError> taxIdTaken(DomainException e) {
        if (e.errorCode() != CompanyErrorCode.TAX_ID_TAKEN) {
            throw e;
        }
        return List.of(new FieldError("taxId", "tax_id_taken", e.getMessage()));
    }

    private void show(Request request, int status, Optional<CompanyId> id, String companyName,
            Map<String, String> values, long version, boolean stale, Map<String, String> current,
            List<FieldError> errors) {
        List<Choice> groups = staff.customerGroups(request.session().actor());
        List<FieldError> shown = groups.isEmpty() && id.isEmpty() ? onNewGroupField(errors) : errors;
        pages.render(request.ctx(), status, FORM, request.frame(), new CompanyForm(id, companyName, values,
                groups, staff.salesRepresentatives(request), Choice.countries(request.m()),
                version, stale, current, FormErrors.of(request.m(), inFormOrder(shown))));
    }

    /** Where no group exists yet the form asks for a new one's name, so a missing group is that field's error. */
    private static List<FieldError> onNewGroupField(List<FieldError> errors) {
        return errors.stream().map(e -> e.field().equals("customerGroupId")
                ? new FieldError("newCustomerGroupName", e.code(), e.message()) : e).toList();
    }

    /** The summary lists errors as the form shows their fields, top to bottom; any other after them. */
    private static List<FieldError> inFormOrder(List<FieldError> errors) {
        List<String> order = new ArrayList<>(FIELDS);
        order.addAll(AddressFields.names(CompanyForm.BILLING_ADDRESS));
        return errors.stream().sorted(Comparator.comparingInt(e -> order.contains(e.field())
                ? order.indexOf(e.field()) : order.size())).toList();
    }

    private static Map<String, String> typed(Request request, boolean withAddress) {
        Map<String, String> values = new HashMap<>();
        FIELDS.forEach(field -> values.put(field, request.form().valueOrBlank(field)));
        if (withAddress) {
            AddressFields.typed(request.form(), CompanyForm.BILLING_ADDRESS).forEach((field, value) ->
                    values.put(AddressFields.name(CompanyForm.BILLING_ADDRESS, field), value));
        }
        return values;
    }

    /** A billing address is optional: one left wholly blank is none. */
    private static AddressInput billingAddress(Map<String, String> values) {
        Map<String, String> address = AddressFields.within(CompanyForm.BILLING_ADDRESS, values);
        return address.values().stream().allMatch(String::isBlank) ? null : AddressFields.input(address);
    }

    private static Map<String, String> valuesOf(CompanyView company) {
        return Map.of("name", company.name(), "taxId", company.taxId(),
                "customerGroupId", company.customerGroupId().value().toString(),
                "salesRepresentativeId", company.salesRepresentativeId().value().toString(),
                "website", company.website().orElse(""));
    }
}
