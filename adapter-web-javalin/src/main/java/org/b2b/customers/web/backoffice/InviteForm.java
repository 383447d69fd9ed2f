package org.b2b.customers.web.backoffice;

import java.util.List;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.web.page.Choice;
import org.b2b.customers.web.page.FormError;
import org.b2b.customers.web.page.Paths;

/** The form that prepares invitations to a company: the draft so far, the roles to choose from, what is wrong. */
public record InviteForm(CompanyId companyId, InviteDraft draft, List<Choice> roles, List<FormError> errors) {

    public InviteForm {
        roles = List.copyOf(roles);
        errors = List.copyOf(errors);
    }

    public String preview() {
        return Paths.company(companyId, "invitations/preview");
    }

    public String edit() {
        return Paths.company(companyId, "invitations/new");
    }

    /** The error of a field, or null. */
    public String error(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FormError::message).findFirst().orElse(null);
    }
}
