package org.b2b.customers.web.backoffice;

import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.InvitationView;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.web.page.Choice;
import org.b2b.customers.web.page.Paths;

/**
 * The Members tab as shown: one page of the company's members, the newest of its pending invitations (and whether
 * there are more), the names of the roles, and why a change just asked for was refused, if it was.
 */
public record MemberList(CompanyView company, List<MemberView> members, List<Choice> roles,
        List<InvitationView> invitations, boolean moreInvitations, CursorPages pages, Optional<MemberRefusal> refusal) {

    public MemberList {
        members = List.copyOf(members);
        roles = List.copyOf(roles);
        invitations = List.copyOf(invitations);
    }

    /** A role by its name; one the page cannot name (the user may not read roles) by its identifier. */
    public String roleName(String identifier) {
        return roles.stream().filter(role -> role.value().equals(identifier)).map(Choice::label).findFirst()
                .orElse(identifier);
    }

    public boolean contactPerson(MemberView member) {
        return company.contactPersonMemberId().filter(member.id()::equals).isPresent();
    }

    public String name(MemberView member) {
        return member.firstName() + " " + member.lastName();
    }

    /** The address of an action on a member: edit, disable, enable or remove. */
    public String action(MemberView member, String action) {
        return membersTab() + "/" + member.id().value() + "/" + action;
    }

    public String membersTab() {
        return Paths.company(company.id(), "members");
    }

    public String add() {
        return membersTab() + "/add";
    }

    public String invitationsTab() {
        return Paths.company(company.id(), "invitations");
    }

    /** Whether the list is neither empty nor only on a later page: a company with nobody yet. */
    public boolean empty() {
        return members.isEmpty() && pages.onFirstPage();
    }
}
