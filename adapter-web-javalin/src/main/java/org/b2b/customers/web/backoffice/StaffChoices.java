package org.b2b.customers.web.backoffice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.group.CustomerGroupUseCases;
import org.b2b.customers.application.user.ListUsersQuery;
import org.b2b.customers.application.user.UserUseCases;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.web.page.Choice;
import org.b2b.customers.web.page.SignedInPage.Request;

/** The customer groups and the staff a company can be given, as the choices of a select. */
final class StaffChoices {

    private final CustomerGroupUseCases groups;
    private final UserUseCases users;

    StaffChoices(CustomerGroupUseCases groups, UserUseCases users) {
        this.groups = groups;
        this.users = users;
    }

    List<Choice> customerGroups(Actor actor) {
        return groups.list().list(actor).stream().map(g -> new Choice(g.id().value().toString(), g.name())).toList();
    }

    /**
     * Sales representatives and administrators, who may represent a company too; the user themself first, when they
     * may represent one. Someone who may not list staff is offered only themself.
     */
    List<Choice> salesRepresentatives(Request request) {
        UserView me = request.session().user();
        List<UserView> staff = new ArrayList<>();
        try {
            // All staff in one read a page rather than one read for each role: there are few staff, and their
            // roles come with them.
            Optional<String> cursor = Optional.empty();
            do {
                Page<UserView> page = users.list().list(request.session().actor(), new ListUsersQuery(null,
                        Optional.of("STAFF"), Optional.empty(), false, new PageRequest(PageRequest.MAX_LIMIT, cursor)));
                page.items().stream().filter(StaffChoices::mayRepresent).forEach(staff::add);
                cursor = page.nextCursor();
            } while (cursor.isPresent());
        } catch (DomainException e) {
            if (e.kind() != ErrorKind.FORBIDDEN) {
                throw e;
            }
        }
        List<Choice> choices = new ArrayList<>();
        if (mayRepresent(me)) {
            choices.add(new Choice(me.id().value().toString(), request.m().text("company.me", name(me))));
        }
        staff.stream().filter(u -> !u.id().equals(me.id())).distinct()
                .sorted(Comparator.comparing(StaffChoices::name))
                .forEach(u -> choices.add(new Choice(u.id().value().toString(), name(u))));
        return choices;
    }

    private static boolean mayRepresent(UserView user) {
        return user.roles().contains(RoleIdentifier.SALES_REPRESENTATIVE.value())
                || user.roles().contains(RoleIdentifier.ADMINISTRATOR.value());
    }

    private static String name(UserView user) {
        return user.firstName() + " " + user.lastName();
    }
}
