package org.regatlas.cli;

import java.nio.file.Path;

/** Where the corpus, index and web UI live: {@code -Dregatlas.home} (set by the launcher) or the working directory. */
final class Home {
    private Home() {}

    static Path root() {
        String home = System.getProperty("regatlas.home");
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }

    static Path corpus() {
        return root().resolve("corpus");
    }

    static Path index() {
        return root().resolve("index");
    }

    static Path web() {
        return root().resolve("web");
    }
}
