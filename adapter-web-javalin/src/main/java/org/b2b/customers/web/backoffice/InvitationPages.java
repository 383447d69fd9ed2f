package org.b2b.customers.web.backoffice;

import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.company.CompanyUseCases;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.InvitationUseCases;
import org.b2b.customers.application.invitation.InvitationView;
import org.b2b.customers.application.invitation.ListInvitationsQuery;
import org.b2b.customers.application.role.RoleUseCases;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.invitation.InvitationErrorCode;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.web.page.Confirmation;
import org.b2b.customers.web.page.FormError;
import org.b2b.customers.web.page.Messages;
import org.b2b.customers.web.page.Pages;
import org.b2b.customers.web.page.Paths;
import org.b2b.customers.web.page.Refusal;
import org.b2b.customers.web.page.SignedInArea;
import org.b2b.customers.web.page.SignedInPage.Request;

/**
 * A company's Invitations tab: the invitations filtered by status from the address, and for each what can be done
 * with it: copy the registration link (a page of its own, which a small script turns into a copy to the
 * clipboard), send it again, revoke it after a confirmation. A refused action comes back to the tab with the
 * reason; the filter stays through every action.
 */
final class InvitationPages {

    private static final String TAB = "invitations";
    private static final String INVITATION = Paths.COMPANIES + "/{id}/" + TAB + "/{invitationId}";

    private final CompanyUseCases companies;
    private final InvitationUseCases invitations;
    private final RoleUseCases roles;
    private final Pages pages;

    InvitationPages(CompanyUseCases companies, InvitationUseCases invitations, RoleUseCases roles, Pages pages) {
        this.companies = companies;
        this.invitations = invitations;
        this.roles = roles;
        this.pages = pages;
    }

    void install(SignedInArea area) {
        area.get(Paths.COMPANIES + "/{id}/" + TAB, CompanyPages.SECTION, this::list);
        area.get(INVITATION + "/link", CompanyPages.SECTION, this::link);
        area.post(INVITATION + "/resend", CompanyPages.SECTION, this::resend);
        area.get(INVITATION + "/revoke", CompanyPages.SECTION, this::confirmRevoke);
        area.post(INVITATION + "/revoke", CompanyPages.SECTION, this::revoke);
    }

    private void list(Request request) {
        String status = Optional.ofNullable(request.ctx().queryParam("status")).map(String::strip).orElse("");
        Optional<String> cursor = Optional.ofNullable(request.ctx().queryParam("cursor")).filter(c -> !c.isBlank());
        show(request, CompanyPages.companyIdOf(request), status, cursor,
                RefusalQuery.in(request, "invitations.refusedOther"));
    }

    private void link(Request request) {
        Actor actor = request.session().actor();
        CompanyId companyId = CompanyPages.companyIdOf(request);
        InvitationId id = invitationIdOf(request);
        CompanyView company = companies.get().get(actor, companyId);
        InvitationView invitation = invitations.get().get(actor, companyId, id);
        String url = invitations.registrationLink().link(actor, companyId, id).url().toString();
        pages.render(request.ctx(), 200, "backoffice/invitation-link.jte", request.frame(), new CompanyProfile<>(
                company, TAB, new RegistrationLinkPage(invitation.email(), url,
                        listAddress(companyId, knownStatus(request.ctx().queryParam("status"))))));
    }

    private void resend(Request request) {
        CompanyId companyId = CompanyPages.companyIdOf(request);
        InvitationId id = invitationIdOf(request);
        String status = knownStatus(request.form().value("status"));
        try {
            invitations.resend().resend(request.session().actor(), companyId, id);
            done(request, companyId, status, "invitation-resent");
        } catch (DomainException e) {
            refused(request, companyId, status, e);
        }
    }

    private void confirmRevoke(Request request) {
        Actor actor = request.session().actor();
        CompanyId companyId = CompanyPages.companyIdOf(request);
        InvitationId id = invitationIdOf(request);
        CompanyView company = companies.get().get(actor, companyId);
        InvitationView invitation = invitations.get().get(actor, companyId, id);
        String status = knownStatus(request.ctx().queryParam("status"));
        Messages m = request.m();
        Map<String, String> fields = status.isEmpty() ? Map.of() : Map.of("status", status);
        pages.render(request.ctx(), 200, Confirmation.TEMPLATE, request.frame(), new Confirmation(
                m.text("invitations.revokeTitle"),
                m.text("invitations.revokeQuestion", invitation.email(), company.name()),
                Paths.company(companyId, TAB) + "/" + id.value() + "/revoke", m.text("invitations.revoke"),
                listAddress(companyId, status), fields, true));
    }

    private void revoke(Request request) {
        CompanyId companyId = CompanyPages.companyIdOf(request);
        InvitationId id = invitationIdOf(request);
        String status = knownStatus(request.form().value("status"));
        try {
            invitations.revoke().revoke(request.session().actor(), companyId, id);
            done(request, companyId, status, "invitation-revoked");
        } catch (DomainException e) {
            refused(request, companyId, status, e);
        }
    }

    private void done(Request request, CompanyId companyId, String status, String notice) {
        backToTab(request, companyId, status, "notice=" + notice);
    }

    /** Goes back to the tab with the reason the action was refused, the filter kept. */
    private void refused(Request request, CompanyId companyId, String status, DomainException e) {
        backToTab(request, companyId, status, RefusalQuery.of(request.m(), e));
    }

    private static void backToTab(Request request, CompanyId companyId, String status, String query) {
        String address = listAddress(companyId, status);
        request.ctx().redirect(address + (address.contains("?") ? "&" : "?") + query, HttpStatus.SEE_OTHER);
    }

    private void show(Request request, CompanyId companyId, String status, Optional<String> cursor,
            Optional<Refusal> refusal) {
        Actor actor = request.session().actor();
        CompanyView company = companies.get().get(actor, companyId);
        Page<InvitationView> page;
        List<FormError> errors = List.of();
        int answer = 200;
        try {
            page = invitations.list().list(actor, new ListInvitationsQuery(companyId,
                    Optional.of(status).filter(s -> !s.isEmpty()), new PageRequest(PageRequest.DEFAULT_LIMIT, cursor)));
        } catch (InvalidInputException e) {
            // A hand-edited address: the tab says what it cannot use and shows nothing rather than guess.
            page = new Page<>(List.of(), Optional.empty());
            answer = 422;
            errors = e.errors().stream().map(error -> error.field().equals("status")
                    ? new FormError("status", request.m().text("invitations.unknownStatus"))
                    : new FormError("", request.m().text("invitations.unknownPage"))).distinct().toList();
        }
        pages.render(request.ctx(), answer, "backoffice/invitations.jte", request.frame(), new CompanyProfile<>(
                company, TAB, new InvitationList(Paths.company(companyId, TAB), status, cursor.isEmpty(), page,
                        roleNames(request, page.items()), links(actor, companyId, page.items()), errors, refusal)));
    }

    /** The links of the pending invitations shown, for "Copy link", read at once for the whole page. */
    private Map<InvitationId, String> links(Actor actor, CompanyId companyId, List<InvitationView> shown) {
        List<InvitationId> pending = shown.stream().filter(i -> i.status() == InvitationStatus.PENDING)
                .map(InvitationView::id).toList();
        if (pending.isEmpty()) {
            return Map.of();
        }
        Map<InvitationId, String> links = new HashMap<>();
        invitations.registrationLink().links(actor, companyId, pending)
                .forEach((id, link) -> links.put(id, link.url().toString()));
        return links;
    }

    /**
     * The roles' names in the user's language where the pages know the role, else as the Admin panel names it,
     * where the user may read roles; a user who may not keeps seeing the identifier.
     */
    private Map<String, String> roleNames(Request request, List<InvitationView> shown) {
        Messages m = request.m();
        Map<String, String> names = new HashMap<>();
        shown.stream().map(InvitationView::role).filter(r -> m.has("role." + r))
                .forEach(r -> names.put(r, m.text("role." + r)));
        if (shown.stream().anyMatch(i -> !names.containsKey(i.role()))) {
            try {
                roles.list().list(request.session().actor()).forEach(r -> names.putIfAbsent(r.identifier(), r.name()));
            } catch (DomainException e) {
                if (e.kind() != ErrorKind.FORBIDDEN) {
                    throw e;
                }
            }
        }
        return names;
    }

    private static String listAddress(CompanyId companyId, String status) {
        return Paths.company(companyId, TAB) + (status.isEmpty() ? "" : "?status=" + status);
    }

    /** A status to keep the list filtered by after an action; anything else, such as a forged one, is none. */
    private static String knownStatus(String value) {
        return InvitationList.STATUSES.stream().map(InvitationStatus::name).filter(s -> s.equals(value))
                .findFirst().orElse("");
    }

    /** The invitation a path names; a path naming none leads nowhere, as an unknown invitation does. */
    private static InvitationId invitationIdOf(Request request) {
        try {
            return InvitationId.parse("invitationId", request.ctx().pathParam("invitationId"));
        } catch (InvalidInputException e) {
            throw DomainException.notFound(InvitationErrorCode.NOT_FOUND);
        }
    }
}
