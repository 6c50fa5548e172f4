package org.regatlas.model;

import java.util.Objects;

/** Precondition checks whose messages name the parameter, so a caller knows what to fix. */
public final class Checks {
    private Checks() {}

    /** Returns {@code value} when it has a non-whitespace character, else throws naming {@code name}. */
    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The parameter '" + name + "' must not be blank");
        }
        return value;
    }

    /** Returns {@code value} when it is not null, else throws naming {@code name}. */
    public static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, () -> "The parameter '" + name + "' must not be null");
    }

    /** Throws naming {@code name} unless {@code condition} holds. */
    public static void argument(boolean condition, String name, String requirement) {
        if (!condition) {
            throw new IllegalArgumentException("The parameter '" + name + "' " + requirement);
        }
    }
}
