package org.regatlas.parse;

import java.util.List;
import org.regatlas.model.DocumentMeta;
import org.regatlas.model.Problem;
import org.regatlas.model.Provision;
import org.regatlas.model.Section;

/**
 * A document after parsing: its metadata, normalized text, section tree and provisions in reading order, and
 * any problems met (a document with no usable text is empty, which is not fatal).
 */
public record ParsedDocument(DocumentMeta meta, String text, Section root, List<Provision> provisions,
                             List<Problem> problems) {
    public ParsedDocument {
        provisions = List.copyOf(provisions);
        problems = List.copyOf(problems);
    }

    public String id() {
        return meta.id();
    }

    public boolean isEmpty() {
        return provisions.isEmpty();
    }
}
