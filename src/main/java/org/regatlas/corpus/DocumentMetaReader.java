package org.regatlas.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.regatlas.model.DocumentMeta;
import org.jspecify.annotations.Nullable;
import org.regatlas.model.DocumentStatus;
import org.regatlas.model.GuidelineScope;
import org.regatlas.model.Jurisdiction;
import org.regatlas.model.Provenance;

/** Reads and validates one {@code document.json} (fields in corpus/README.md). */
public final class DocumentMetaReader {
    private DocumentMetaReader() {}

    static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final Pattern ISO_DATE = Pattern.compile("\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?");
    private static final Set<String> JURISDICTIONS = Set.of("CN", "US", "EU", "INTL");
    private static final Set<String> STATUSES = Set.of("draft", "final", "trial", "superseded");
    private static final Set<String> PROVENANCES = Set.of("verbatim", "digest");
    private static final Set<String> LANGUAGES = Set.of("zh", "en");

    /**
     * Reads {@code file}; {@code folderName} must equal the id.
     *
     * @throws CorpusFormatException naming the file and field when a field is missing or malformed
     */
    public static DocumentMeta read(Path file, String shownAs, String folderName) {
        JsonFields f = new JsonFields(CorpusJson.read(file, shownAs), shownAs);
        String id = f.required("id");
        if (!KEBAB.matcher(id).matches()) throw f.bad("id", "must be kebab-case (a-z, 0-9, '-'), got '" + id + "'");
        if (!id.equals(folderName)) throw f.bad("id", "is '" + id + "' but the folder is '" + folderName + "'");
        String issued = date(f, "issued");
        String effective = date(f, "effective");
        String url = f.optional("url");
        if (url != null && !url.matches("https?://\\S+")) throw f.bad("url", "must be an http(s) URL");
        String sha256 = f.optional("sha256");
        if (sha256 != null && !SHA256.matcher(sha256).matches()) {
            throw f.bad("sha256", "must be 64 lower-case hex digits, got '" + sha256 + "'");
        }
        return new DocumentMeta(
                id,
                f.localized("title", true),
                Jurisdiction.valueOf(f.oneOf("jurisdiction", JURISDICTIONS)),
                f.required("agency"),
                f.optional("body"),
                f.required("type"),
                DocumentStatus.valueOf(f.oneOf("status", STATUSES).toUpperCase(Locale.ROOT)),
                issued,
                effective,
                f.optional("reference"),
                url,
                f.oneOf("language", LANGUAGES),
                f.strings("supersedes", false),
                Provenance.valueOf(f.oneOf("provenance", PROVENANCES).toUpperCase(Locale.ROOT)),
                f.required("source"),
                sha256,
                f.localized("notes", false),
                f.optional("licence"),
                scope(f));
    }

    /** The optional {@code scope} object: what the document says it is for (corpus/README.md). */
    private static @Nullable GuidelineScope scope(JsonFields f) {
        if (!f.node().hasNonNull("scope")) return null;
        JsonFields s = f.object("scope");
        List<String> trials = s.strings("trials", false);
        for (String t : trials) {
            if (!GuidelineScope.TRIALS.contains(t)) throw s.bad("trials", "has unknown value '" + t + "' (allowed: "
                    + String.join(", ", new TreeSet<>(GuidelineScope.TRIALS)) + ")");
        }
        List<String> excludes = s.strings("excludes", false);
        for (String e : excludes) {
            if (!GuidelineScope.PRODUCT_CLASSES.contains(e)) throw s.bad("excludes", "has unknown value '" + e
                    + "' (allowed: " + String.join(", ", new TreeSet<>(GuidelineScope.PRODUCT_CLASSES)) + ")");
        }
        String document = s.optional("document");
        if (document == null) document = "protocol";
        else if (!GuidelineScope.DOCUMENTS.contains(document)) {
            throw s.bad("document", "has unknown value '" + document + "' (allowed: "
                    + String.join(", ", new TreeSet<>(GuidelineScope.DOCUMENTS)) + ")");
        }
        return new GuidelineScope(trials, document, excludes, s.optional("section"), s.required("statement"),
                s.strings("products", false));
    }

    private static String date(JsonFields f, String field) {
        String v = f.optional(field);
        if (v != null && !ISO_DATE.matcher(v).matches()) {
            throw f.bad(field, "must be an ISO date YYYY, YYYY-MM or YYYY-MM-DD, got '" + v + "'");
        }
        return v;
    }
}
