package org.regatlas.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The metadata of one corpus document (DESIGN.md, "Corpus format"). Dates keep the precision the source
 * gives: {@code 2024-12}, not an invented day.
 *
 * @param licence the acknowledgement the source's licence asks for, shown with the document; null when none
 * @param sha256 the SHA-256 of the source file as obtained (64 lower-case hex digits), or null when not recorded
 * @param scope what the document says it is for (trials, the submission document it governs), or null when the
 *              document.json records none: then it is taken to address clinical protocols of every phase
 */
public record DocumentMeta(
        String id,
        LocalizedText title,
        Jurisdiction jurisdiction,
        String agency,
        @Nullable String body,
        String type,
        DocumentStatus status,
        @Nullable String issued,
        @Nullable String effective,
        @Nullable String reference,
        @Nullable String url,
        String language,
        List<String> supersedes,
        Provenance provenance,
        String source,
        @Nullable String sha256,
        @Nullable LocalizedText notes,
        @Nullable String licence,
        @Nullable GuidelineScope scope) {

    public DocumentMeta {
        Checks.notBlank(id, "id");
        Checks.notNull(title, "title");
        Checks.notNull(jurisdiction, "jurisdiction");
        Checks.notBlank(agency, "agency");
        Checks.notBlank(type, "type");
        Checks.notNull(status, "status");
        Checks.notBlank(language, "language");
        Checks.notNull(provenance, "provenance");
        Checks.notBlank(source, "source");
        supersedes = List.copyOf(supersedes);
    }

    /** Metadata without a recorded scope. */
    public DocumentMeta(String id, LocalizedText title, Jurisdiction jurisdiction, String agency, @Nullable String body,
                        String type, DocumentStatus status, @Nullable String issued, @Nullable String effective,
                        @Nullable String reference, @Nullable String url, String language, List<String> supersedes,
                        Provenance provenance, String source, @Nullable String sha256, @Nullable LocalizedText notes,
                        @Nullable String licence) {
        this(id, title, jurisdiction, agency, body, type, status, issued, effective, reference, url, language,
                supersedes, provenance, source, sha256, notes, licence, null);
    }

    /** Metadata without a licence acknowledgement. */
    public DocumentMeta(String id, LocalizedText title, Jurisdiction jurisdiction, String agency, @Nullable String body,
                        String type, DocumentStatus status, @Nullable String issued, @Nullable String effective,
                        @Nullable String reference, @Nullable String url, String language, List<String> supersedes,
                        Provenance provenance, String source, @Nullable String sha256, @Nullable LocalizedText notes) {
        this(id, title, jurisdiction, agency, body, type, status, issued, effective, reference, url, language,
                supersedes, provenance, source, sha256, notes, null, null);
    }

    /** The year of issue, or null when the issue date is unknown. */
    public @Nullable Integer year() {
        return issued == null ? null : Integer.valueOf(issued.substring(0, 4));
    }
}
