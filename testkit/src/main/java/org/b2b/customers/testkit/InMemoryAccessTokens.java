package org.b2b.customers.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.port.out.AccessToken;
import org.b2b.customers.application.port.out.AccessTokens;

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
    public void remove(String hash) {
        table.remove(hash);
    }

    @Override
    public int removeExpired(Instant now) {
        List<AccessToken> expired = table.rows().filter(token -> !token.isLiveAt(now)).toList();
        expired.forEach(token -> table.remove(token.hash()));
        return expired.size();
    }
}
