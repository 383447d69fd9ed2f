package org.b2b.customers.testkit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.b2b.customers.application.port.out.AccessTokens;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Principal;
import org.b2b.customers.application.port.out.Principals;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.domain.user.UserType;

/** Principals put together from the other in-memory tables, as the database's join does. */
public final class InMemoryPrincipals implements Principals {

    private final Users users;
    private final Members members;
    private final Companies companies;
    private final Roles roles;
    private final AccessTokens tokens;

    public InMemoryPrincipals(Users users, Members members, Companies companies, Roles roles, AccessTokens tokens) {
        this.users = users;
        this.members = members;
        this.companies = companies;
        this.roles = roles;
        this.tokens = tokens;
    }

    @Override
    public Optional<Principal> byUser(UserId id) {
        return users.find(id).map(this::principal);
    }

    @Override
    public Optional<TokenHolder> byToken(String hash) {
        return tokens.findByHash(hash).flatMap(token -> byUser(token.userId())
                .map(principal -> new TokenHolder(token, principal)));
    }

    private Principal principal(User user) {
        Optional<Member> membership = members.findByUser(user.id());
        boolean companyActive = membership.flatMap(m -> companies.find(m.companyId())).filter(Company::isActive)
                .isPresent();
        Collection<RoleIdentifier> held = user.type() == UserType.STAFF ? user.staffRoles()
                : membership.map(m -> List.of(m.role(), RoleIdentifier.CORPORATE_ACCESS)).orElse(List.of());
        Map<RoleIdentifier, Long> versions = held.stream().flatMap(role -> roles.find(role).stream())
                .collect(Collectors.toMap(Role::identifier, Role::version));
        return new Principal(user, membership, companyActive, versions);
    }
}
