package org.regatlas.checklist.applicability;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A profile as a user gives it: free strings per field (comma-separated lists allowed, "B-ALL", "randomized vs SOC",
 * "CN,US"); null or blank fields are inferred from the protocol. {@link ProfileResolver} turns it into a {@link
 * Profile}.
 */
public record ProfileRequest(@Nullable String jurisdiction, @Nullable String indication, @Nullable String design,
                             @Nullable String population, @Nullable String product, @Nullable String line,
                             @Nullable String modality) {
    public static final ProfileRequest INFER = new ProfileRequest(null, null, null, null, null, null, null);

    /** A request that leaves the modality to be inferred. */
    public ProfileRequest(@Nullable String jurisdiction, @Nullable String indication, @Nullable String design,
                          @Nullable String population, @Nullable String product, @Nullable String line) {
        this(jurisdiction, indication, design, population, product, line, null);
    }

    /** The given value of a dimension of {@link org.regatlas.model.Conditions}, or null. */
    @Nullable String value(String dimension) {
        return switch (dimension) {
            case "indication" -> indication;
            case "design" -> design;
            case "population" -> population;
            case "product" -> product;
            case "line" -> line;
            default -> null;
        };
    }

    static boolean given(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    static List<String> split(@Nullable String s) {
        return given(s) ? List.of(s.split("[,;，、]")).stream().map(String::strip).filter(x -> !x.isEmpty()).toList()
                : List.of();
    }
}
