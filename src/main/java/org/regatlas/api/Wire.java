package org.regatlas.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regatlas.corpus.SourceLinks;
import org.regatlas.model.DocumentMeta;
import org.regatlas.model.LocalizedText;
import org.regatlas.model.Provision;
import org.regatlas.model.Section;
import org.regatlas.parse.ParsedDocument;

/**
 * The JSON shapes of DESIGN.md as records, mapped from domain records, so renaming a domain field never silently
 * changes the wire.
 */
public final class Wire {
    private Wire() {}

    public record Title(@Nullable String zh, @Nullable String en) {
        public static Title of(@Nullable LocalizedText t) {
            return t == null ? new Title(null, null) : new Title(t.zh(), t.en());
        }
    }

    public record DocumentJson(String id, Title title, String jurisdiction, String agency, @Nullable String body,
                               String type, String status, @Nullable String issued, @Nullable String effective,
                               @Nullable String reference, @Nullable String url, String language,
                               List<String> supersedes, String provenance, String source, @Nullable String sha256,
                               @Nullable String licence,
                               @Nullable Title notes, int provisionCount) {}

    public record SectionJson(@Nullable String path, String heading, String title, int provisionCount,
                              List<SectionJson> children) {}

    public record DocumentDetailJson(DocumentJson document, SectionJson sections) {}

    public record SectionRefJson(@Nullable String path, List<String> headings) {}

    public record SpanJson(int start, int end) {}

    public record ProvisionJson(String id, String docId, String docTitle, String jurisdiction, String agency,
                                SectionRefJson section, String text, String lang, @Nullable String textEn,
                                @Nullable String textZh, String strength, boolean prohibition, List<String> actors,
                                List<String> topics,
                                Map<String, List<String>> conditions, List<String> protocolSections,
                                @Nullable SpanJson span, String provenance, String sourceKind, List<String> sources,
                                List<String> citations, List<String> seenAt,
                                @Nullable String confidence, @Nullable String note, List<String> translated,
                                List<String> summarises) {}

    public static DocumentJson document(DocumentMeta m, int provisionCount) {
        return new DocumentJson(m.id(), Title.of(m.title()), m.jurisdiction().name(), m.agency(), m.body(), m.type(),
                m.status().wireName(), m.issued(), m.effective(), m.reference(), m.url(), m.language(), m.supersedes(),
                m.provenance().wireName(), m.source(), m.sha256(), m.licence(),
                m.notes() == null ? null : Title.of(m.notes()), provisionCount);
    }

    public static DocumentDetailJson detail(ParsedDocument d) {
        return new DocumentDetailJson(document(d.meta(), d.provisions().size()), section(d.root(), d.provisions()));
    }

    public static SectionJson section(Section s, List<Provision> provisions) {
        List<SectionJson> kids = new ArrayList<>();
        for (Section c : s.children()) kids.add(section(c, provisions));
        String idPart = s.path() == null ? org.regatlas.model.SectionRef.NO_SECTION : s.path();
        int own = (int) provisions.stream().filter(p -> p.section().idPart().equals(idPart)).count();
        return new SectionJson(s.path(), s.heading(), s.title(), own, kids);
    }

    public static ProvisionJson provision(Provision p, DocumentMeta doc) {
        return new ProvisionJson(p.id(), p.docId(), doc.title().preferred(doc.language()), doc.jurisdiction().name(),
                doc.agency(), new SectionRefJson(p.section().path(), p.section().headings()), p.text(), p.lang(),
                p.textEn(), p.textZh(), p.strength().name(), p.prohibition(), p.actors(), p.topics(), p.conditions().values(),
                p.protocolSections(), p.span() == null ? null : new SpanJson(p.span().start(), p.span().end()),
                p.provenance().wireName(), sourceKind(p, doc), p.sources(), SourceLinks.citations(p.sources()),
                SourceLinks.seenAt(p.sources()), p.confidence(), p.note(), p.translated(), p.summarises());
    }

    /**
     * {@code official} (a sentence of the official text), {@code digest} (our summary) or {@code journal-review} (a
     * sentence of a review article: a secondary source, whose account of what agencies require is not their wording).
     */
    public static String sourceKind(Provision p, DocumentMeta doc) {
        if (p.provenance() == org.regatlas.model.Provenance.DIGEST) return "digest";
        return "review".equals(doc.type()) ? "journal-review" : "official";
    }
}
