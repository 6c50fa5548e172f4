package org.regatlas.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.regatlas.parse.Citations;
import org.regatlas.parse.ParsedCorpus;

/**
 * Serves {@code web/index.html} for the UI's own paths so permalinks such as {@code /p/<id>} can be bookmarked. An id
 * that cannot be a document or provision id (a {@code ..} segment, a control character) gets 404 instead of the page.
 */
final class WebPages {
    /** Paths handled by the single-page UI. */
    static final List<String> VIEWS = List.of("/p/{id}", "/doc/{id}", "/compare", "/checklist", "/search");

    private static final Pattern DOT_DOT = Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)");

    private final Path index;

    WebPages(Path webDir) {
        this.index = webDir.resolve("index.html");
    }

    void index(Context ctx) throws IOException {
        String id = ctx.pathParamMap().get("id");
        if (id != null && (id.length() > CorpusRoutes.MAX_ID_CHARS || id.chars().anyMatch(Character::isISOControl)
                || DOT_DOT.matcher(id).find())) {
            throw ApiException.notFound("No page for '" + CorpusRoutes.shorten(id) + "'");
        }
        if (!Files.isRegularFile(index)) {
            throw ApiException.notFound("The web UI is not installed (no web/index.html)");
        }
        ctx.contentType("text/html; charset=utf-8").result(Files.readString(index));
    }

    /**
     * The permalink page of a provision: a published id whose text moved redirects (301) to the page of the id that
     * holds it now; a retired id gets the page with 410, and the page shows why from the API's answer.
     */
    void provision(Context ctx, ParsedCorpus corpus) throws IOException {
        String id = ctx.pathParam("id");
        var resolution = id.length() > CorpusRoutes.MAX_ID_CHARS ? null : corpus.citations().resolve(id).orElse(null);
        if (resolution instanceof Citations.Resolution.Moved moved) {
            ctx.status(301).header("Location", "/p/" + CorpusRoutes.pathSegment(moved.successor()));
            return;
        }
        index(ctx);
        if (resolution instanceof Citations.Resolution.Retired) ctx.status(410);
    }
}
