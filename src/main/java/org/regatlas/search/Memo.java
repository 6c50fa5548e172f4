package org.regatlas.search;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Values computed once per key and kept, at most {@code max} of them: past that the table starts again empty, which
 * for the few thousand words and terms of real queries is rare and costs only recomputing. A null value is kept
 * too. Thread-safe; racing callers may both compute a value, and either result is kept.
 */
public final class Memo<K, V> {
    private final int max;
    private final ConcurrentHashMap<K, Optional<V>> values = new ConcurrentHashMap<>();

    public Memo(int max) {
        this.max = max;
    }

    /** The value kept for {@code key}, computed by {@code compute} the first time. */
    public @Nullable V get(K key, Function<K, @Nullable V> compute) {
        Optional<V> held = values.get(key);
        if (held == null) {
            if (values.size() >= max) values.clear();
            held = Optional.ofNullable(compute.apply(key));
            values.putIfAbsent(key, held);
        }
        return held.orElse(null);
    }

    /** Forgets every value. */
    public void clear() {
        values.clear();
    }

    public int size() {
        return values.size();
    }
}
