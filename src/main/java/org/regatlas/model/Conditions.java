package org.regatlas.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * When a provision applies, by dimension: {@code indication}, {@code population}, {@code design},
 * {@code product}, {@code line}. A missing dimension means "whatever it is".
 */
public record Conditions(Map<String, List<String>> values) {
    /** The dimensions a condition may constrain. */
    public static final List<String> DIMENSIONS = List.of("indication", "population", "design", "product", "line");

    public static final Conditions NONE = new Conditions(Map.of());

    public Conditions {
        var copy = new TreeMap<String, List<String>>();
        values.forEach((k, v) -> {
            Checks.argument(DIMENSIONS.contains(k), "conditions", "has an unknown dimension '" + k + "'");
            if (!v.isEmpty()) copy.put(k, List.copyOf(v));
        });
        values = java.util.Collections.unmodifiableMap(copy);
    }

    /** The values of one dimension, empty when unconstrained. */
    public List<String> get(String dimension) {
        return values.getOrDefault(dimension, List.of());
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
