package org.b2b.customers.persistence;

import static org.b2b.customers.persistence.schema.Tables.ACCESS_TOKENS;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.b2b.customers.application.port.out.AccessToken;
import org.b2b.customers.application.port.out.AccessTokens;
import org.b2b.customers.domain.user.UserId;
import org.jooq.impl.DSL;

/** Issued bearer tokens by hash; expired ones are swept by their expiry index, a user's revoked by their user index. */
final class JooqAccessTokens implements AccessTokens {

    private final JooqTransactions transactions;
    /** Every API request looks its bearer token up. */
    private final RenderedQuery byHash;

    JooqAccessTokens(JooqTransactions transactions) {
        this.transactions = transactions;
        this.byHash = RenderedQuery.of(transactions, ACCESS_TOKENS, DSL.selectFrom(ACCESS_TOKENS)
                .where(ACCESS_TOKENS.TOKEN_HASH.eq(RenderedQuery.placeholder(ACCESS_TOKENS.TOKEN_HASH))));
    }

    @Override
    public void add(AccessToken token) {
        transactions.dsl().insertInto(ACCESS_TOKENS)
                .set(ACCESS_TOKENS.TOKEN_HASH, token.hash())
                .set(ACCESS_TOKENS.USER_ID, token.userId().value())
                .set(ACCESS_TOKENS.ISSUED_AT, token.issuedAt())
                .set(ACCESS_TOKENS.EXPIRES_AT, token.expiresAt())
                .set(ACCESS_TOKENS.LAST_USED_AT, token.lastUsedAt())
                .execute();
    }

    @Override
    public Optional<AccessToken> findByHash(String hash) {
        return byHash.fetchOne(JooqAccessTokens::token, hash);
    }

    @Override
    public void recordUse(String hash, Instant usedAt) {
        transactions.dsl().update(ACCESS_TOKENS).set(ACCESS_TOKENS.LAST_USED_AT, usedAt)
                .where(ACCESS_TOKENS.TOKEN_HASH.eq(hash)).execute();
    }

    @Override
    public void remove(String hash) {
        transactions.dsl().deleteFrom(ACCESS_TOKENS).where(ACCESS_TOKENS.TOKEN_HASH.eq(hash)).execute();
    }

    @Override
    public int removeAllOf(Collection<UserId> users) {
        if (users.isEmpty()) {
            return 0;
        }
        return transactions.dsl().deleteFrom(ACCESS_TOKENS)
                .where(ACCESS_TOKENS.USER_ID.in(users.stream().map(UserId::value).toList())).execute();
    }

    @Override
    public int removeExpired(Instant now) {
        return transactions.dsl().deleteFrom(ACCESS_TOKENS).where(ACCESS_TOKENS.EXPIRES_AT.le(now)).execute();
    }

    static AccessToken token(Row r) {
        return new AccessToken(r.get(ACCESS_TOKENS.TOKEN_HASH), new UserId(r.get(ACCESS_TOKENS.USER_ID)),
                r.get(ACCESS_TOKENS.ISSUED_AT), r.get(ACCESS_TOKENS.EXPIRES_AT), r.get(ACCESS_TOKENS.LAST_USED_AT));
    }
}
