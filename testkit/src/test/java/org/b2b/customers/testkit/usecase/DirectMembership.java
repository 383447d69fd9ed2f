package org.b2b.customers.testkit.usecase;

import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.testkit.InMemorySystem;

/**
 * Makes a pool user a member straight through the driven ports, for tests of roles and access that need a
 * member but are not about how members join.
 */
final class DirectMembership {

    private DirectMembership() {}

    static Member join(InMemorySystem system, CompanyView company, UserView user, String role) {
        var ports = system.ports();
        return ports.transactions().inTransaction(() -> ports.members().add(Member.join(MemberId.random(),
                ports.companies().find(company.id()).orElseThrow(), ports.users().find(user.id()).orElseThrow(),
                ports.roles().find(new RoleIdentifier(role)).orElseThrow(), system.clock().instant())));
    }
}
