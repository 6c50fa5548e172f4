package org.regatlas.corpus;

import java.nio.file.Path;
import java.util.List;
import org.regatlas.model.Checks;
import org.regatlas.model.DocumentMeta;
import org.regatlas.model.Provision;

/**
 * One loaded corpus document: its metadata and either its normalized source text (verbatim documents) or its
 * digest records (digest documents).
 *
 * @param folder      the document's folder, for messages
 * @param translation the team's translation of a verbatim document's sentences, {@link Translation#NONE} if none
 */
public record CorpusDocument(DocumentMeta meta, Path folder, SourceText source, List<Provision> digests,
                             Translation translation) {
    public CorpusDocument {
        Checks.notNull(meta, "meta");
        Checks.notNull(source, "source");
        Checks.notNull(translation, "translation");
        digests = List.copyOf(digests);
    }

    /** A document without a translation. */
    public CorpusDocument(DocumentMeta meta, Path folder, SourceText source, List<Provision> digests) {
        this(meta, folder, source, digests, Translation.NONE);
    }

    public String id() {
        return meta.id();
    }

    public String text() {
        return source.text();
    }
}
