package org.b2b.customers.domain.company;

/**
 * What a search text looks for among tax IDs: its normalised {@code key}, as a prefix once it has
 * {@link TaxId#MIN_SEARCH_PREFIX} characters, and as a whole ID while it is shorter. Every store applies this one
 * rule, the in-memory one with {@link #finds} and a database as a {@code LIKE} or an equality.
 */
public record TaxIdSearch(String key, boolean byPrefix) {

    /** The search for a text that a user typed. */
    public static TaxIdSearch of(String text) {
        String key = TaxId.searchKey(text);
        return new TaxIdSearch(key, key.length() >= TaxId.MIN_SEARCH_PREFIX);
    }

    public boolean finds(TaxId taxId) {
        return byPrefix ? taxId.value().startsWith(key) : taxId.value().equals(key);
    }
}
