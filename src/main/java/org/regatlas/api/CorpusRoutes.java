package org.regatlas.api;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.regatlas.model.Provision;
import org.regatlas.parse.Citations;
import org.regatlas.parse.ParsedCorpus;
import org.regatlas.parse.ParsedDocument;

/** Read-only routes over the parsed corpus: health, documents, one document, one provision. */
final class CorpusRoutes {
    private static final Pattern DOC_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** Longest id a route looks up; longer is malformed whatever it holds. */
    static final int MAX_ID_CHARS = 300;

    private final ParsedCorpus corpus;

    CorpusRoutes(ParsedCorpus corpus) {
        this.corpus = corpus;
    }

    /** The health answer: the live corpus's size and problem count, and what the last reindex did (null before one). */
    record HealthJson(String status, int documents, int provisions, int problems,
                      AdminRoutes.@Nullable LastReindex lastReindex) {}

    void health(Context ctx, AdminRoutes.@Nullable LastReindex lastReindex) {
        ctx.json(new HealthJson("ok", corpus.documents().size(), corpus.provisionCount(), corpus.problems().size(),
                lastReindex));
    }

    void documents(Context ctx) {
        List<Wire.DocumentJson> docs = corpus.documents().stream()
                .map(d -> Wire.document(d.meta(), d.provisions().size())).toList();
        ctx.json(Map.of("documents", docs, "total", docs.size()));
    }

    void document(Context ctx) {
        ctx.json(Wire.detail(findDocument(ctx.pathParam("id"))));
    }

    void documentProvisions(Context ctx) {
        ParsedDocument doc = findDocument(ctx.pathParam("id"));
        List<Wire.ProvisionJson> out = doc.provisions().stream().map(p -> Wire.provision(p, doc.meta())).toList();
        ctx.json(Map.of("docId", doc.id(), "total", out.size(), "provisions", out));
    }

    void taxonomy(Context ctx) {
        var t = corpus.taxonomy();
        var topics = t.topics().stream().map(x -> new TopicJson(x.id(), x.parent(), Wire.Title.of(x.label()))).toList();
        var kinds = t.protocolSections().stream().map(x -> new KindJson(x.id(), Wire.Title.of(x.label()), x.m11())).toList();
        ctx.json(Map.of("topics", topics, "protocolSections", kinds));
    }

    record TopicJson(String id, @org.jspecify.annotations.Nullable String parent, Wire.Title label) {}

    record KindJson(String id, Wire.Title label, @org.jspecify.annotations.Nullable String m11) {}

    void provision(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > MAX_ID_CHARS || id.chars().anyMatch(Character::isISOControl) || id.split(":", -1).length < 3) {
            throw ApiException.badRequest("Malformed provision id '" + shorten(id)
                    + "': expected <doc-id>:<section-path>:<ordinal>");
        }
        Provision p = switch (corpus.citations().resolve(id).orElseThrow(
                () -> ApiException.notFound("No provision with id '" + shorten(id) + "'"))) {
            case Citations.Resolution.Live live -> live.provision();
            case Citations.Resolution.Moved moved -> {
                // A published id keeps working: its text now lives under another id (issue 17, stable citations).
                String location = "/api/provisions/" + pathSegment(moved.successor());
                ctx.status(301).header("Location", location).json(new Moved("Provision '" + id
                        + "' is now '" + moved.successor() + "'", moved.successor(), location));
                yield null;
            }
            case Citations.Resolution.Retired retired -> throw new ApiException(410, "gone", "Provision '" + id
                    + "' was removed from the corpus and no provision holds its text now; it read: " + retired.text());
        };
        if (p == null) return;
        ParsedDocument doc = corpus.document(p.docId()).orElseThrow();
        ctx.json(Wire.provision(p, doc.meta()));
    }

    /** The body of a 301: where the provision is now. */
    record Moved(String message, String id, String location) {}

    /** {@code s} percent-encoded as one path segment (UTF-8; a space is %20, not +). */
    static String pathSegment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private ParsedDocument findDocument(String id) {
        if (id.length() > MAX_ID_CHARS || !DOC_ID.matcher(id).matches()) {
            throw ApiException.badRequest("Malformed document id '" + shorten(id) + "': expected kebab-case like cde-2024-cart-heme");
        }
        return corpus.document(id).orElseThrow(() -> ApiException.notFound("No document with id '" + id + "'"));
    }

    static String shorten(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }
}
