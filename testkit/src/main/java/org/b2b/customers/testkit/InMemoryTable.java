package org.b2b.customers.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One table of the in-memory store: rows by key, in insertion order. Rows are immutable domain values, so
 * nothing a caller holds can change what is stored, and every write is journaled for rollback.
 */
public final class InMemoryTable<K, V> {

    private final String name;
    private final InMemoryStore store;
    private final Map<K, V> rows = new LinkedHashMap<>();

    InMemoryTable(String name, InMemoryStore store) {
        this.name = name;
        this.store = store;
    }

    public Optional<V> get(K key) {
        store.requireTransaction(name);
        return Optional.ofNullable(rows.get(key));
    }

    public void put(K key, V value) {
        V previous = rows.get(key);
        store.journal(name, () -> {
            if (previous == null) {
                rows.remove(key);
            } else {
                rows.put(key, previous);
            }
        });
        rows.put(key, value);
    }

    public void remove(K key) {
        V previous = rows.get(key);
        if (previous == null) {
            return;
        }
        store.journal(name, () -> rows.put(key, previous));
        rows.remove(key);
    }

    /** All rows, in insertion order; a snapshot, so callers may write while they read. */
    public Stream<V> rows() {
        store.requireTransaction(name);
        return List.copyOf(rows.values()).stream();
    }
}
