package org.b2b.customers.persistence;

import static org.b2b.customers.persistence.schema.Tables.ACCESS_TOKENS;
import static org.b2b.customers.persistence.schema.Tables.COMPANIES;
import static org.b2b.customers.persistence.schema.Tables.MEMBERS;
import static org.b2b.customers.persistence.schema.Tables.ROLES;
import static org.b2b.customers.persistence.schema.Tables.USERS;
import static org.b2b.customers.persistence.schema.Tables.USER_STAFF_ROLES;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.b2b.customers.application.port.out.AccessToken;
import org.b2b.customers.application.port.out.Principal;
import org.b2b.customers.application.port.out.Principals;
import org.b2b.customers.domain.company.CompanyStatus;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.domain.user.UserType;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

/**
 * A principal in one statement: the user, a row for each staff role, their membership and its company's status, and
 * the version of every role they hold, joined. A staff user's rows are one per staff role; a member's, two (their
 * company role and {@code corporate_access}).
 */
final class JooqPrincipals implements Principals {

    private final RenderedQuery byUser;
    private final RenderedQuery byToken;

    JooqPrincipals(JooqTransactions transactions) {
        this.byUser = RenderedQuery.of(transactions, principals()
                .where(USERS.ID.eq(RenderedQuery.placeholder(USERS.ID))));
        this.byToken = RenderedQuery.of(transactions, principals(ACCESS_TOKENS.fields())
                .join(ACCESS_TOKENS).on(ACCESS_TOKENS.USER_ID.eq(USERS.ID))
                .where(ACCESS_TOKENS.TOKEN_HASH.eq(RenderedQuery.placeholder(ACCESS_TOKENS.TOKEN_HASH))));
    }

    @Override
    public Optional<Principal> byUser(UserId id) {
        return byUser.read(rows -> rows.next() ? Optional.of(principal(rows)) : Optional.empty(), id.value());
    }

    @Override
    public Optional<TokenHolder> byToken(String hash) {
        return byToken.read(rows -> {
            if (!rows.next()) {
                return Optional.empty();
            }
            AccessToken token = JooqAccessTokens.token(rows);
            return Optional.of(new TokenHolder(token, principal(rows)));
        }, hash);
    }

    /** The users' columns and what decides their access, with more columns first where a query needs them. */
    private static SelectJoinStep<?> principals(Field<?>... first) {
        Field<String> corporateAccess = DSL.inline(RoleIdentifier.CORPORATE_ACCESS.value());
        Condition heldRole = ROLES.IDENTIFIER.eq(USER_STAFF_ROLES.ROLE_IDENTIFIER)
                .or(ROLES.IDENTIFIER.eq(MEMBERS.ROLE_IDENTIFIER))
                .or(MEMBERS.ID.isNotNull().and(ROLES.IDENTIFIER.eq(corporateAccess)));
        return DSL.select(first).select(USERS.fields()).select(USER_STAFF_ROLES.ROLE_IDENTIFIER)
                .select(MEMBERS.fields()).select(COMPANIES.STATUS, ROLES.IDENTIFIER, ROLES.VERSION)
                .from(USERS)
                .leftJoin(USER_STAFF_ROLES).on(USER_STAFF_ROLES.USER_ID.eq(USERS.ID))
                .leftJoin(MEMBERS).on(MEMBERS.USER_ID.eq(USERS.ID))
                .leftJoin(COMPANIES).on(COMPANIES.ID.eq(MEMBERS.COMPANY_ID))
                .leftJoin(ROLES).on(heldRole);
    }

    /** The principal of the rows, positioned on the first of them, which it reads to the end. */
    private static Principal principal(RenderedQuery.Rows rows) throws SQLException {
        Function<Set<RoleIdentifier>, User> user = JooqUsers.user(rows);
        Optional<Member> membership = Optional.ofNullable(rows.get(MEMBERS.ID)).map(id -> JooqMembers.member(rows));
        boolean companyActive = membership.isPresent()
                && CompanyStatus.valueOf(rows.get(COMPANIES.STATUS)) == CompanyStatus.ACTIVE;
        Set<RoleIdentifier> staffRoles = new HashSet<>();
        Map<RoleIdentifier, Long> versions = new HashMap<>();
        do {
            Optional.ofNullable(rows.get(USER_STAFF_ROLES.ROLE_IDENTIFIER)).map(RoleIdentifier::new)
                    .ifPresent(staffRoles::add);
            Optional.ofNullable(rows.get(ROLES.IDENTIFIER))
                    .ifPresent(role -> versions.put(new RoleIdentifier(role), rows.get(ROLES.VERSION)));
        } while (rows.next());
        User read = user.apply(Set.copyOf(staffRoles));
        // Each kind of user holds its own kind of roles only: staff their staff roles, a member their company's.
        versions.keySet().retainAll(read.type() == UserType.STAFF ? staffRoles
                : membership.map(m -> Set.of(m.role(), RoleIdentifier.CORPORATE_ACCESS)).orElse(Set.of()));
        return new Principal(read, membership, companyActive, versions);
    }
}
