package org.b2b.customers.web.backoffice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.b2b.customers.application.address.AddressInput;
import org.b2b.customers.web.FormFields;
import org.b2b.customers.web.page.Choice;
import org.b2b.customers.web.page.FormError;

/**
 * The fields of an address on a form, as shown: the group their inputs are named under ({@code <group>.<field>},
 * which are also the names their errors and labels are told under), their values by field, the countries to choose
 * from, and what is wrong. The address book's form and the new company's billing address both show it, read it and
 * hand it to their use case the same way.
 */
public record AddressFields(String group, Map<String, String> values, List<Choice> countries,
        List<FormError> errors) {

    /** The fields, top to bottom. */
    public static final List<String> FIELDS = List.of("name", "street", "postalCode", "city", "region", "country",
            "email", "phone", "taxId");

    private static final List<String> OPTIONAL = List.of("region", "email", "phone", "taxId");

    public AddressFields {
        values = Map.copyOf(values);
        countries = List.copyOf(countries);
        errors = List.copyOf(errors);
    }

    /** The name, and id, of a field's input in a group. */
    public static String name(String group, String field) {
        return group + "." + field;
    }

    /** The names of the group's inputs, top to bottom, to list errors in the order the form shows them. */
    static List<String> names(String group) {
        return FIELDS.stream().map(field -> name(group, field)).toList();
    }

    /** The group's values among all of a form's, which are keyed by input name; blank where there is none. */
    static Map<String, String> within(String group, Map<String, String> named) {
        Map<String, String> values = new HashMap<>();
        FIELDS.forEach(field -> values.put(field, named.getOrDefault(name(group, field), "")));
        return values;
    }

    /** What a form sent in the group's fields, by field; blank where it sent nothing, so it can be shown again. */
    static Map<String, String> typed(FormFields form, String group) {
        Map<String, String> values = new HashMap<>();
        FIELDS.forEach(field -> values.put(field, form.valueOrBlank(name(group, field))));
        return values;
    }

    /** The address typed, for the use case, which takes an optional field left blank as none. */
    static AddressInput input(Map<String, String> values) {
        return new AddressInput(values.get("name"), values.get("street"), values.get("postalCode"),
                values.get("city"), nullIfBlank(values.get("region")), values.get("country"),
                nullIfBlank(values.get("email")), nullIfBlank(values.get("phone")), nullIfBlank(values.get("taxId")));
    }

    /** Whether an address may go without this field. */
    public static boolean optional(String field) {
        return OPTIONAL.contains(field);
    }

    /** The type of a text field's input, which lets a phone offer the keys that field needs. */
    public static String type(String field) {
        return field.equals("email") ? "email" : field.equals("phone") ? "tel" : "text";
    }

    public String name(String field) {
        return name(group, field);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    private static String nullIfBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
