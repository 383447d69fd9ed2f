package org.b2b.customers.web.backoffice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.address.AddressView;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.web.page.Choice;
import org.b2b.customers.web.page.FormError;
import org.b2b.customers.web.page.Paths;

/**
 * The form that adds an address to a company's book or edits one, as shown: the values typed (or stored) by field
 * name, the choices of its selects, the address edited and the version the edit started from, and what is wrong.
 * When someone else saved the address meanwhile, {@code current} holds their values of the fields that now differ.
 * Its inputs are named {@code address.<field>}, the names its errors are told under.
 */
public record AddressForm(
        CompanyView company,
        Optional<AddressView> address,
        Map<String, String> values,
        List<Choice> types,
        List<Choice> countries,
        long version,
        boolean stale,
        Map<String, String> current,
        List<FormError> errors) {

    /** The group of the inputs, whose names are {@code address.<field>}. */
    static final String GROUP = "address";

    public AddressForm {
        values = Map.copyOf(values);
        types = List.copyOf(types);
        countries = List.copyOf(countries);
        current = Map.copyOf(current);
        errors = List.copyOf(errors);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean editing() {
        return address.isPresent();
    }

    public String action() {
        return address.map(a -> AddressBookTab.of(company.id(), a, "edit"))
                .orElse(Paths.company(company.id(), "addresses"));
    }

    public String book() {
        return Paths.company(company.id(), "addresses");
    }

    /** The name, and id, of a field's input. */
    public static String name(String field) {
        return AddressFields.name(GROUP, field);
    }

    /** The address's own fields; the type and whether it is the default are this form's alone. */
    public AddressFields fields() {
        return new AddressFields(GROUP, values, countries, errors);
    }
}
