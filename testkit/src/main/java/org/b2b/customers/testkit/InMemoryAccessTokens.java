package org.b2b.customers.testkit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.port.out.AccessToken;
import org.b2b.customers.application.port.out.AccessTokens;
import org.b2b.customers.domain.user.UserId;

/** Issued bearer tokens in memory, by hash. */
public final class InMemoryAccessTokens implements AccessTokens {

    private final InMemoryTable<String, AccessToken> table;

    public InMemoryAccessTokens(InMemoryStore store) {
        this.table = store.table("access_tokens");
    }

    @Override
    public void add(AccessToken token) {
        table.put(token.hash(), token);
    }

    @Override
    public Optional<AccessToken> findByHash(String hash) {
        return table.get(hash);
    }

    @Override
    public void recordUse(String hash, Instant usedAt) {
        table.get(hash).ifPresent(token -> table.put(hash, new AccessToken(token.hash(), token.userId(),
                token.issuedAt(), token.expiresAt(), usedAt)));
    }

    @Override
    public void remove(String hash) {
        table.remove(hash);
    }

    @Override
    public int removeAllOf(Collection<UserId> users) {
        return removeAll(table.rows().filter(token -> users.contains(token.userId())).toList());
    }

    @Override
    public int removeExpired(Instant now) {
        return removeAll(table.rows().filter(token -> !token.isLiveAt(now)).toList());
    }

    private int removeAll(List<AccessToken> tokens) {
        tokens.forEach(token -> table.remove(token.hash()));
        return tokens.size();
    }
}
