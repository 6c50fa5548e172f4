package org.regatlas.api;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Server settings.
 *
 * @param webDir the static UI folder, or null to serve the API only
 */
public record ApiConfig(@Nullable Path webDir) {
    public static ApiConfig defaults() {
        return new ApiConfig(null);
    }
}
