package org.regatlas.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Serves {@code web/index.html} for the UI's own paths so permalinks such as {@code /p/<id>} can be bookmarked. */
final class WebPages {
    /** Paths handled by the single-page UI. */
    static final List<String> VIEWS = List.of("/p/{id}", "/doc/{id}", "/compare", "/checklist", "/search");

    private final Path index;

    WebPages(Path webDir) {
        this.index = webDir.resolve("index.html");
    }

    void index(Context ctx) throws IOException {
        if (!Files.isRegularFile(index)) {
            throw ApiException.notFound("The web UI is not installed (no web/index.html)");
        }
        ctx.contentType("text/html; charset=utf-8").result(Files.readString(index));
    }
}
