package org.b2b.customers.web.backoffice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.web.page.Choice;
import org.b2b.customers.web.page.FormError;
import org.b2b.customers.web.page.Paths;

/**
 * The form that creates a company or edits its basic information, as shown: the values typed (or stored), the
 * choices of its selects, the version an edit started from, and what is wrong. When someone else saved the company
 * meanwhile, {@code current} holds their values of the fields that now differ from what this user typed.
 */
public record CompanyForm(
        Optional<CompanyId> companyId,
        String companyName,
        Map<String, String> values,
        List<Choice> customerGroups,
        List<Choice> salesRepresentatives,
        List<Choice> countries,
        long version,
        boolean stale,
        Map<String, String> current,
        List<FormError> errors) {

    /** The group of the billing address's inputs, which only the create form has. */
    static final String BILLING_ADDRESS = "billingAddress";

    public CompanyForm {
        values = Map.copyOf(values);
        customerGroups = List.copyOf(customerGroups);
        salesRepresentatives = List.copyOf(salesRepresentatives);
        countries = List.copyOf(countries);
        current = Map.copyOf(current);
        errors = List.copyOf(errors);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean editing() {
        return companyId.isPresent();
    }

    public String action() {
        return companyId.map(id -> Paths.company(id, "edit")).orElse(Paths.COMPANIES);
    }

    public String cancel() {
        return companyId.map(Paths::company).orElse(Paths.COMPANIES);
    }

    public AddressFields billingAddress() {
        return new AddressFields(BILLING_ADDRESS, AddressFields.within(BILLING_ADDRESS, values), countries, errors);
    }
}
