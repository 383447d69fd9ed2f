package org.b2b.customers.web.backoffice;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.b2b.customers.application.role.RoleUseCases;
import org.b2b.customers.application.role.RoleView;
import org.b2b.customers.domain.access.RoleAudience;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.web.page.Choice;
import org.b2b.customers.web.page.SignedInPage.Request;

/**
 * The roles a company member can hold, as the choices of a select and by name: the built-in ones in the page's
 * language ({@code role.<identifier>}), any other by the name an administrator gave it.
 */
final class MemberRoles {

    /** What everyone who may manage members can give, even without the policy to read the list of roles. */
    private static final List<RoleIdentifier> BUILT_IN = List.of(RoleIdentifier.COMPANY_ADMIN,
            RoleIdentifier.COMPANY_BUYER);

    private final RoleUseCases roles;

    MemberRoles(RoleUseCases roles) {
        this.roles = roles;
    }

    /** The roles, built-in ones first, then the others by name. */
    List<Choice> choices(Request request) {
        List<Choice> builtIn = new ArrayList<>();
        List<Choice> others = new ArrayList<>();
        for (RoleView role : memberRoles(request)) {
            if (request.m().has("role." + role.identifier())) {
                builtIn.add(new Choice(role.identifier(), request.m().text("role." + role.identifier())));
            } else {
                others.add(new Choice(role.identifier(), role.name()));
            }
        }
        others.sort(Comparator.comparing(Choice::label, Collator.getInstance(request.m().locale())));
        builtIn.addAll(others);
        return builtIn;
    }

    /**
     * The roles from the list of roles, or the built-in ones for staff who may manage members but not read roles
     * (sales representatives): they can still give those, and see them named.
     */
    private List<RoleView> memberRoles(Request request) {
        try {
            return roles.list().list(request.session().actor()).stream()
                    .filter(role -> role.audience() == RoleAudience.CUSTOMER
                            && !role.identifier().equals(RoleIdentifier.CORPORATE_ACCESS.value()))
                    .toList();
        } catch (DomainException e) {
            if (e.kind() != ErrorKind.FORBIDDEN) {
                throw e;
            }
            return BUILT_IN.stream().map(identifier -> new RoleView(identifier.value(), identifier.value(),
                    RoleAudience.CUSTOMER, true, List.of(), 0)).toList();
        }
    }
}
