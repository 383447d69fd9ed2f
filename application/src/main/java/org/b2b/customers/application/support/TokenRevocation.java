package org.b2b.customers.application.support;

import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.port.out.AccessTokens;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.user.UserId;

/**
 * Ends the bearer tokens of users who lose the right to act (a member disabled or removed, every member of a
 * deactivated company), in the transaction that takes the right away, so that giving it back later does not
 * bring an old, possibly stolen, token back to life.
 */
public final class TokenRevocation {

    private static final int PAGE = 500;

    private final AccessTokens tokens;
    private final Members members;

    public TokenRevocation(AccessTokens tokens, Members members) {
        this.tokens = tokens;
        this.members = members;
    }

    /** Ends every token of this user. */
    public void revokeAllOf(UserId user) {
        tokens.removeAllOf(List.of(user));
    }

    /** Ends every token of every member of this company. */
    public void revokeAllOfMembersOf(CompanyId company) {
        Optional<Members.Key> after = Optional.empty();
        Slice<Member> page;
        do {
            page = members.listByCompany(company, after, PAGE);
            tokens.removeAllOf(page.items().stream().map(Member::userId).toList());
            if (page.hasMore()) {
                after = Optional.of(new Members.Key(page.last().joinedAt(), page.last().id()));
            }
        } while (page.hasMore());
    }
}
