package org.b2b.customers.application.invitation;

import java.time.Clock;
import java.time.Instant;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationErrorCode;
import org.b2b.customers.domain.invitation.RegistrationTokens;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.User;

/**
 * Accepting an invitation through its link: which invitation a token opens, and the joining that uses it up. The
 * link's token is the only key, and only the installation's key turns the stored secret into one, so a copy of the
 * database cannot register anyone.
 */
final class InvitationAcceptance {

    /** A pending invitation that its link may still accept, with its company. */
    record Acceptable(Invitation invitation, Company company) {}

    private final Invitations invitations;
    private final Companies companies;
    private final Members members;
    private final Roles roles;
    private final InvitationHistory history;
    private final RegistrationTokens tokens;
    private final Clock clock;

    InvitationAcceptance(Invitations invitations, Companies companies, Members members, Roles roles,
            InvitationHistory history, RegistrationTokens tokens, Clock clock) {
        this.invitations = invitations;
        this.companies = companies;
        this.members = members;
        this.roles = roles;
        this.history = history;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The pending invitation of a token, with its company; refuses links that cannot be used. */
    Acceptable acceptable(String token) {
        if (!RegistrationTokens.isWellFormed(token)) {
            throw DomainException.notFound(InvitationErrorCode.NOT_FOUND);
        }
        Invitation invitation = invitations.findByFingerprint(tokens.fingerprintOf(token))
                .orElseThrow(() -> DomainException.notFound(InvitationErrorCode.NOT_FOUND));
        Company company = companies.find(invitation.companyId()).orElseThrow(() -> DomainException.notFound(InvitationErrorCode.NOT_FOUND));
        invitation.requireAcceptable(company, clock.instant());
        return new Acceptable(invitation, company);
    }

    /** Makes the user a member with the invited role and uses the link up. */
    Registration join(Acceptable acceptable, User user) {
        Invitation invitation = acceptable.invitation();
        Instant now = clock.instant();
        Role role = roles.find(invitation.role()).filter(Role::isAssignableToMembers).orElseThrow(() ->
                DomainException.conflict(InvitationErrorCode.ROLE_UNAVAILABLE,
                        "The role of this invitation can no longer be given to members; ask for a new invitation."));
        Member member = members.add(Member.join(MemberId.random(), acceptable.company(), user, role, now));
        Invitation accepted = invitations.update(invitation.accept(acceptable.company(), member.id(), now));
        history.record(Actor.of(user.id()), accepted, "invitation.accepted");
        return new Registration(user.id(), member.id(), member.companyId());
    }
}
