package org.b2b.customers.testkit.usecase;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.access.Limitation;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.Policy;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.access.RoleAudience;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.testkit.InMemorySystem;

/**
 * Members, company roles and invitations made straight through the driven ports, for tests that need customers
 * acting in a company, or a pending invitation, without going through the member and invitation use cases.
 */
final class Memberships {

    private final InMemorySystem system;
    private final DrivenPorts ports;

    Memberships(InMemorySystem system) {
        this.system = system;
        this.ports = system.ports();
    }

    /** A new customer user who joined the company with the given company role. */
    Member join(CompanyId companyId, String role) {
        UserView user = system.testData().poolUser();
        return ports.transactions().inTransaction(() -> ports.members().add(Member.join(MemberId.random(),
                ports.companies().find(companyId).orElseThrow(),
                ports.users().find(user.id()).orElseThrow(),
                ports.roles().find(new RoleIdentifier(role)).orElseThrow(),
                system.clock().instant())));
    }

    /** A company role an administrator might define, granting these permissions on the member's own company. */
    String companyRole(String identifier, Permission... permissions) {
        ports.transactions().inTransaction(() -> ports.roles().add(Role.define(new RoleIdentifier(identifier),
                identifier, RoleAudience.CUSTOMER, Arrays.stream(permissions)
                        .map(p -> Policy.of(p, Limitation.OWN_COMPANY)).collect(Collectors.toSet()))));
        return identifier;
    }

    /** A pending invitation of a new email to the company, sent now by the administrator. */
    Invitation invite(CompanyId companyId, String email) {
        return ports.transactions().inTransaction(() -> ports.invitations().add(Invitation.issue(InvitationId.random(),
                ports.companies().find(companyId).orElseThrow(), EmailAddress.parse("email", email),
                ports.roles().find(RoleIdentifier.COMPANY_BUYER).orElseThrow(), system.administrator().userId(),
                system.settings().registrationTokens().issue(), system.settings().invitationTtl(),
                system.clock().instant())));
    }

    static Actor actor(Member member) {
        return Actor.of(member.userId());
    }
}
