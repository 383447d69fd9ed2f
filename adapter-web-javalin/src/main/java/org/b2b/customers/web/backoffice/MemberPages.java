package org.b2b.customers.web.backoffice;

import io.javalin.http.HttpStatus;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.company.CompanyUseCases;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.InvitationUseCases;
import org.b2b.customers.application.invitation.InvitationView;
import org.b2b.customers.application.invitation.ListInvitationsQuery;
import org.b2b.customers.application.member.AddMemberCommand;
import org.b2b.customers.application.member.ListMembersQuery;
import org.b2b.customers.application.member.MemberUseCases;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.member.RemoveMemberCommand;
import org.b2b.customers.application.member.UpdateMemberCommand;
import org.b2b.customers.application.user.ListUsersQuery;
import org.b2b.customers.application.user.UserUseCases;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.member.MemberErrorCode;
import org.b2b.customers.domain.member.MemberStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.StaleVersionException;
import org.b2b.customers.web.page.Confirmation;
import org.b2b.customers.web.page.FormError;
import org.b2b.customers.web.page.FormErrors;
import org.b2b.customers.web.page.Pages;
import org.b2b.customers.web.page.Paths;
import org.b2b.customers.web.page.Refusal;
import org.b2b.customers.web.page.SignedInArea;
import org.b2b.customers.web.page.SignedInPage.Request;

/**
 * The Members tab of a company's profile: its members with the pending invitations, and what staff do to a member —
 * edit their basic information and role, disable or enable them, remove them, add users from the pool. A change
 * that cannot simply be undone is asked on a page of its own first; a change the domain refuses leaves everything
 * as it was and says why on the members page, or on the pool for an addition, redirected to so that reloading it
 * shows the reason again rather than posting again.
 */
final class MemberPages {

    private static final String MEMBERS = Paths.COMPANIES + "/{id}/members";
    private static final String MEMBER = MEMBERS + "/{memberId}";
    private static final List<String> FIELDS = List.of("firstName", "lastName", "phone", "role");
    /** The changes asked after a confirmation; with {@code edit}, those whose refusal the tab tells. */
    private static final List<String> STATUS_CHANGES = List.of("disable", "enable", "remove");
    private static final String EDIT = "edit";
    /** The query parameters that name, next to the reason, the change refused and the member it was asked for. */
    private static final String CHANGE = "change";
    private static final String MEMBER_ID = "member";
    /** The pool is searched rather than browsed, so one page of it is enough to pick from. */
    private static final int POOL_PAGE = 25;
    /** The members page shows the newest pending invitations; the Invitations tab has them all. */
    private static final int INVITATIONS_SHOWN = 20;

    private final CompanyUseCases companies;
    private final MemberUseCases members;
    private final InvitationUseCases invitations;
    private final UserUseCases users;
    private final MemberRoles roles;
    private final Pages pages;

    MemberPages(CustomerManagement useCases, Pages pages) {
        this.companies = useCases.companies();
        this.members = useCases.members();
        this.invitations = useCases.invitations();
        this.users = useCases.users();
        this.roles = new MemberRoles(useCases.roles());
        this.pages = pages;
    }

    void install(SignedInArea area) {
        area.get(MEMBERS, CompanyPages.SECTION, this::list);
        area.post(MEMBERS, CompanyPages.SECTION, this::add);
        area.get(MEMBERS + "/add", CompanyPages.SECTION, this::pool);
        area.get(MEMBER + "/edit", CompanyPages.SECTION, this::edit);
        area.post(MEMBER + "/edit", CompanyPages.SECTION, this::update);
        for (String action : STATUS_CHANGES) {
            area.get(MEMBER + "/" + action, CompanyPages.SECTION, request -> confirm(request, action));
            area.post(MEMBER + "/" + action, CompanyPages.SECTION, request -> change(request, action));
        }
    }

    private void list(Request request) {
        Actor actor = request.session().actor();
        CompanyId id = CompanyPages.companyIdOf(request);
        CompanyView company = companies.get().get(actor, id);
        Optional<MemberRefusal> refusal = RefusalQuery.in(request, "members.refusedOther")
                .map(reason -> refusalOf(request, id, reason));
        Optional<String> cursor = CursorPages.cursorOf(request);
        Page<MemberView> page = members.list().list(actor, ListMembersQuery.of(id)
                .withPage(new PageRequest(PageRequest.DEFAULT_LIMIT, cursor)));
        Page<InvitationView> pending = invitations.list().list(actor, ListInvitationsQuery.all(id)
                .withStatus("PENDING").withPage(PageRequest.first(INVITATIONS_SHOWN)));
        pages.render(request.ctx(), 200, "backoffice/member-list.jte", request.frame(), new CompanyProfile<>(
                company, "members", new MemberList(company, page.items(), roles.choices(request), pending.items(),
                        pending.nextCursor().isPresent(),
                        new CursorPages(Paths.company(id, "members"), Map.of(), cursor.isEmpty(), page.nextCursor()),
                        refusal)));
    }

    private void edit(Request request) {
        Actor actor = request.session().actor();
        CompanyView company = companies.get().get(actor, CompanyPages.companyIdOf(request));
        MemberView member = members.get().get(actor, company.id(), memberIdOf(request));
        showForm(request, 200, company, member, valuesOf(member), member.version(), false, List.of());
    }

    private void update(Request request) {
        Actor actor = request.session().actor();
        CompanyView company = companies.get().get(actor, CompanyPages.companyIdOf(request));
        MemberView member = members.get().get(actor, company.id(), memberIdOf(request));
        Map<String, String> values = new HashMap<>();
        FIELDS.forEach(field -> values.put(field, request.form().valueOrBlank(field)));
        long version = request.form().version();
        try {
            members.update().update(actor, UpdateMemberCommand.of(company.id(), member.id())
                    .withFirstName(values.get("firstName")).withLastName(values.get("lastName"))
                    .withPhone(values.get("phone")).withRole(values.get("role")).ifVersion(version));
            request.ctx().redirect(Paths.company(company.id(), "members") + "?notice=member-saved",
                    HttpStatus.SEE_OTHER);
        } catch (StaleVersionException e) {
            showForm(request, 409, company, member, values, member.version(), true, List.of());
        } catch (InvalidInputException e) {
            showForm(request, 422, company, member, values, version, false, inFormOrder(e.errors()));
        } catch (DomainException e) {
            refused(request, company.id(), member.id(), EDIT, e);
        }
    }

    private void showForm(Request request, int status, CompanyView company, MemberView member,
            Map<String, String> values, long version, boolean stale, List<FieldError> errors) {
        pages.render(request.ctx(), status, "backoffice/member-form.jte", request.frame(), new MemberForm(company,
                member, values, roles.choices(request), version, stale, FormErrors.of(request.m(), errors)));
    }

    /** Asks before a change of status or a removal, naming the member and the company. */
    private void confirm(Request request, String action) {
        Actor actor = request.session().actor();
        CompanyView company = companies.get().get(actor, CompanyPages.companyIdOf(request));
        MemberView member = members.get().get(actor, company.id(), memberIdOf(request));
        String name = member.firstName() + " " + member.lastName();
        String back = Paths.company(company.id(), "members");
        pages.render(request.ctx(), 200, Confirmation.TEMPLATE, request.frame(), new Confirmation(
                request.m().text("member." + action + ".title", name),
                request.m().text("member." + action + ".question", name, company.name()),
                back + "/" + member.id().value() + "/" + action,
                request.m().text("member." + action + ".button"), back, Map.of(), !action.equals("enable")));
    }

    private void change(Request request, String action) {
        Actor actor = request.session().actor();
        CompanyId companyId = CompanyPages.companyIdOf(request);
        MemberId memberId = memberIdOf(request);
        try {
            if (action.equals("remove")) {
                members.remove().remove(actor, RemoveMemberCommand.of(companyId, memberId));
            } else {
                MemberStatus status = action.equals("enable") ? MemberStatus.ACTIVE : MemberStatus.DISABLED;
                members.update().update(actor, UpdateMemberCommand.of(companyId, memberId).withStatus(status.name()));
            }
        } catch (DomainException e) {
            refused(request, companyId, memberId, action, e);
            return;
        }
        request.ctx().redirect(Paths.company(companyId, "members") + "?notice=member-" + action + "d",
                HttpStatus.SEE_OTHER);
    }

    /**
     * Goes back to the Members tab with the reason the change was refused, naming the change and the member by their
     * codes, so that the tab's address shows the reason again on reload and changes nothing.
     */
    private static void refused(Request request, CompanyId companyId, MemberId memberId, String change,
            DomainException e) {
        request.ctx().redirect(Paths.company(companyId, "members") + "?" + RefusalQuery.of(request.m(), e) + "&"
                + CHANGE + "=" + change + "&" + MEMBER_ID + "=" + memberId.value(), HttpStatus.SEE_OTHER);
    }

    /**
     * The refusal as the tab tells it, naming the member the address names where it also names a change the tab
     * knows and the member is still in the company; anything else, such as a forged address, gets the general
     * heading.
     */
    private MemberRefusal refusalOf(Request request, CompanyId companyId, Refusal reason) {
        String change = Optional.ofNullable(request.ctx().queryParam(CHANGE)).orElse("");
        Optional<String> name = Optional.empty();
        if (change.equals(EDIT) || STATUS_CHANGES.contains(change)) {
            name = Optional.ofNullable(request.ctx().queryParam(MEMBER_ID))
                    .flatMap(id -> nameOf(request, companyId, id));
        }
        return new MemberRefusal(change, name, reason);
    }

    private Optional<String> nameOf(Request request, CompanyId companyId, String memberId) {
        try {
            MemberView member = members.get().get(request.session().actor(), companyId,
                    MemberId.parse(MEMBER_ID, memberId));
            return Optional.of(member.firstName() + " " + member.lastName());
        } catch (InvalidInputException e) {
            return Optional.empty();
        } catch (DomainException e) {
            if (e.kind() != ErrorKind.NOT_FOUND) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** The pool of users: customers in no company, searched by name or email, each to add with a role. */
    private void pool(Request request) {
        showPool(request, 200, List.of(), RefusalQuery.in(request, "pool.refusedOther"));
    }

    private void showPool(Request request, int status, List<FormError> errors, Optional<Refusal> refusal) {
        Actor actor = request.session().actor();
        CompanyView company = companies.get().get(actor, CompanyPages.companyIdOf(request));
        String q = Optional.ofNullable(request.ctx().queryParam("q")).map(String::strip).orElse("");
        Optional<String> cursor = CursorPages.cursorOf(request);
        int answer = status;
        List<FormError> shown = errors;
        Page<UserView> found;
        try {
            found = users.list().list(actor, new ListUsersQuery(Optional.of(q).filter(text -> !text.isEmpty()),
                    Optional.of("CUSTOMER"), Optional.empty(), true, new PageRequest(POOL_PAGE, cursor)));
        } catch (InvalidInputException e) {
            // A hand-edited address: the search says what it cannot use and shows nobody rather than guess.
            found = new Page<>(List.of(), Optional.empty());
            answer = 422;
            shown = FormErrors.of(request.m(), e.errors().stream()
                    .map(error -> new FieldError("q", error.code(), error.message())).toList());
        }
        pages.render(request.ctx(), answer, "backoffice/member-add.jte", request.frame(), new MemberPool(company, q,
                found.items(), roles.choices(request), found.nextCursor(), shown, refusal));
    }

    private void add(Request request) {
        Actor actor = request.session().actor();
        CompanyId id = CompanyPages.companyIdOf(request);
        try {
            members.add().add(actor, new AddMemberCommand(id, request.form().valueOrBlank("userId"),
                    request.form().valueOrBlank("role")));
            request.ctx().redirect(Paths.company(id, "members") + "?notice=member-added", HttpStatus.SEE_OTHER);
        } catch (InvalidInputException e) {
            // The pool page has no field of its own for these: its selects and buttons are one per user.
            showPool(request, 422, FormErrors.of(request.m(), e.errors()).stream()
                    .map(error -> new FormError("", error.message())).toList(), Optional.empty());
        } catch (DomainException e) {
            // Back to the pool, whose address then shows the reason again on reload rather than posting again.
            request.ctx().redirect(Paths.company(id, "members") + "/add?" + RefusalQuery.of(request.m(), e),
                    HttpStatus.SEE_OTHER);
        }
    }

    /** The member a path names; a path naming none leads nowhere, as an unknown member does. */
    private static MemberId memberIdOf(Request request) {
        try {
            return MemberId.parse("memberId", request.ctx().pathParam("memberId"));
        } catch (InvalidInputException e) {
            throw DomainException.notFound(MemberErrorCode.NOT_FOUND);
        }
    }

    /** The summary lists errors as the form shows their fields, top to bottom; any other after them. */
    private static List<FieldError> inFormOrder(List<FieldError> errors) {
        return errors.stream().sorted(Comparator.comparingInt(e -> FIELDS.contains(e.field())
                ? FIELDS.indexOf(e.field()) : FIELDS.size())).toList();
    }

    private static Map<String, String> valuesOf(MemberView member) {
        return Map.of("firstName", member.firstName(), "lastName", member.lastName(),
                "phone", member.phone().orElse(""), "role", member.role());
    }
}
