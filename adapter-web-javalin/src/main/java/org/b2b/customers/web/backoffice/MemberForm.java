package org.b2b.customers.web.backoffice;

import java.util.List;
import java.util.Map;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.web.page.Choice;
import org.b2b.customers.web.page.FormError;
import org.b2b.customers.web.page.Paths;

/**
 * The form that edits a member's basic information and role, as shown: the values typed (or stored), the roles to
 * choose from, the version the edit started from, whether someone else saved the member meanwhile, and what is
 * wrong.
 */
public record MemberForm(CompanyView company, MemberView member, Map<String, String> values, List<Choice> roles,
        long version, boolean stale, List<FormError> errors) {

    public MemberForm {
        values = Map.copyOf(values);
        roles = List.copyOf(roles);
        errors = List.copyOf(errors);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String name() {
        return member.firstName() + " " + member.lastName();
    }

    public String action() {
        return cancel() + "/" + member.id().value() + "/edit";
    }

    public String cancel() {
        return Paths.company(company.id(), "members");
    }
}
