package org.b2b.customers.web.backoffice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.web.page.Choice;
import org.b2b.customers.web.page.FormError;
import org.b2b.customers.web.page.Paths;
import org.b2b.customers.web.page.Refusal;

/**
 * Adding members from the pool, as shown: the search as typed, one page of the customers in no company it finds,
 * the roles to give, and what went wrong with the last search or addition.
 */
public record MemberPool(CompanyView company, String q, List<UserView> users, List<Choice> roles,
        Optional<String> nextCursor, List<FormError> errors, Optional<Refusal> refusal) {

    public MemberPool {
        users = List.copyOf(users);
        roles = List.copyOf(roles);
        errors = List.copyOf(errors);
    }

    /** The role offered first: the one that grants least, so that a slip of the mouse gives nobody too much. */
    public boolean preselected(Choice role) {
        return role.value().equals(RoleIdentifier.COMPANY_BUYER.value());
    }

    public String name(UserView user) {
        return user.firstName() + " " + user.lastName();
    }

    public String membersTab() {
        return Paths.company(company.id(), "members");
    }

    public String search() {
        return membersTab() + "/add";
    }

    public Optional<String> next() {
        return nextCursor.map(cursor -> search() + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&cursor="
                + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
    }
}
