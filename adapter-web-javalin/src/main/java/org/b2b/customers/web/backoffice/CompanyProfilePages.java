package org.b2b.customers.web.backoffice;

import io.javalin.http.HttpStatus;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.company.CompanyUseCases;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.member.AssignContactPersonCommand;
import org.b2b.customers.application.member.ListMembersQuery;
import org.b2b.customers.application.member.MemberUseCases;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.member.MemberStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.StaleVersionException;
import org.b2b.customers.web.page.Choice;
import org.b2b.customers.web.page.FormErrors;
import org.b2b.customers.web.page.Pages;
import org.b2b.customers.web.page.Paths;
import org.b2b.customers.web.page.SignedInArea;
import org.b2b.customers.web.page.SignedInPage.Request;

/**
 * The Company profile tab: the billing information and the contact person, who is changed on the tab itself by
 * choosing one of the company's active members. A choice the use case refuses comes back beside the select.
 */
final class CompanyProfilePages {

    private static final String TAB = "backoffice/company-profile.jte";

    private final CompanyUseCases companies;
    private final MemberUseCases members;
    private final Pages pages;

    CompanyProfilePages(CompanyUseCases companies, MemberUseCases members, Pages pages) {
        this.companies = companies;
        this.members = members;
        this.pages = pages;
    }

    void install(SignedInArea area) {
        area.get(Paths.COMPANIES + "/{id}/profile", CompanyPages.SECTION, this::profile);
        area.post(Paths.COMPANIES + "/{id}/contact-person", CompanyPages.SECTION, this::assign);
    }

    private void profile(Request request) {
        CompanyView company = companies.get().get(request.session().actor(), CompanyPages.companyIdOf(request));
        show(request, 200, company, company.contactPersonMemberId().map(id -> id.value().toString()).orElse(""),
                List.of());
    }

    private void assign(Request request) {
        Actor actor = request.session().actor();
        CompanyId id = CompanyPages.companyIdOf(request);
        String chosen = request.form().valueOrBlank(ContactPersonTab.FIELD);
        try {
            members.assignContactPerson().assign(actor, AssignContactPersonCommand.of(id, chosen)
                    .ifVersion(request.form().version()));
            request.ctx().redirect(Paths.company(id, "profile") + "?notice=contact-person-saved", HttpStatus.SEE_OTHER);
        } catch (StaleVersionException e) {
            show(request, 409, companies.get().get(actor, id), chosen,
                    List.of(new FieldError("", "contact_person_stale", e.getMessage())));
        } catch (InvalidInputException e) {
            show(request, 422, companies.get().get(actor, id), chosen, e.named(ContactPersonTab.FIELD).errors());
        } catch (DomainException e) {
            show(request, 422, companies.get().get(actor, id), chosen, List.of(refusedChoice(e)));
        }
    }

    /** The refusals a different choice mends, beside the select; any other is the area's to show. */
    private static FieldError refusedChoice(DomainException e) {
        if (e.errorCode() == CompanyErrorCode.CONTACT_PERSON_MEMBER_DISABLED) {
            return new FieldError(ContactPersonTab.FIELD, "contact_person_disabled", e.getMessage());
        }
        if (e.errorCode() == CompanyErrorCode.CONTACT_PERSON_NOT_A_MEMBER) {
            return new FieldError(ContactPersonTab.FIELD, "contact_person_not_a_member", e.getMessage());
        }
        throw e;
    }

    private void show(Request request, int status, CompanyView company, String chosen, List<FieldError> errors) {
        List<MemberView> all = allMembers(request.session().actor(), company.id());
        Optional<MemberView> contactPerson = company.contactPersonMemberId()
                .flatMap(id -> all.stream().filter(member -> member.id().equals(id)).findFirst());
        Collator collator = Collator.getInstance(request.m().locale());
        List<Choice> active = all.stream().filter(member -> member.status() == MemberStatus.ACTIVE)
                .sorted(Comparator.comparing(CompanyProfilePages::name, collator))
                .map(member -> new Choice(member.id().value().toString(),
                        request.m().text("profile.memberChoice", name(member), member.email())))
                .toList();
        pages.render(request.ctx(), status, TAB, request.frame(), new CompanyProfile<>(company, "profile",
                new ContactPersonTab(company.billingAddress(), contactPerson, active, chosen, company.version(),
                        FormErrors.of(request.m(), errors))));
    }

    /**
     * Every member, page after page: the select offers all active ones, and a company's members are people a
     * person picks from by name, so they are few enough to list whole.
     */
    private List<MemberView> allMembers(Actor actor, CompanyId companyId) {
        List<MemberView> all = new ArrayList<>();
        ListMembersQuery query = ListMembersQuery.of(companyId).withPage(PageRequest.first(PageRequest.MAX_LIMIT));
        while (true) {
            Page<MemberView> page = members.list().list(actor, query);
            all.addAll(page.items());
            if (page.nextCursor().isEmpty()) {
                return all;
            }
            query = query.withPage(query.page().after(page.nextCursor().get()));
        }
    }

    private static String name(MemberView member) {
        return member.firstName() + " " + member.lastName();
    }
}
