package org.regatlas.checklist.decide;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regatlas.checklist.obligation.Elements;
import org.regatlas.checklist.obligation.Obligation;

/**
 * The subject of each long guideline: the concepts it names in a large share of its sentences (immunogenicity in a
 * guidance on immunogenicity assessment). A protocol passage stating a guideline's subject shows that the protocol
 * covers the subject, not what one sentence of that guideline asks of it; the {@link Decider} does not let such a
 * concept alone prove a sentence. A short guideline (a digest, a few pages) has no subject in this sense: each of its
 * sentences may well be about the one thing it covers. Immutable.
 */
public final class GuidelineSubjects {
    /** Fewer obligations than this and a shared concept is what the guideline is about, sentence by sentence. */
    static final int MIN_OBLIGATIONS = 20;
    /** A concept named by at least this share of a guideline's obligations is its subject. */
    static final double SHARE = 0.25;

    /** The subject concepts by document id, with the share of the document's obligations naming each. */
    private final Map<String, Map<String, Share>> byDocument;

    /** How many of a guideline's obligations name a concept. */
    public record Share(int naming, int of) {}

    private GuidelineSubjects(Map<String, Map<String, Share>> byDocument) {
        this.byDocument = byDocument;
    }

    public static final GuidelineSubjects NONE = new GuidelineSubjects(Map.of());

    public static GuidelineSubjects of(List<Obligation> obligations) {
        Map<String, Integer> sizes = new HashMap<>();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (Obligation o : obligations) {
            String doc = o.document().id();
            sizes.merge(doc, 1, Integer::sum);
            Set<String> named = new LinkedHashSet<>(o.elements().all());
            for (String c : named) {
                if (Elements.core(c)) counts.computeIfAbsent(doc, d -> new HashMap<>()).merge(c, 1, Integer::sum);
            }
        }
        Map<String, Map<String, Share>> out = new HashMap<>();
        counts.forEach((doc, byConcept) -> {
            int size = sizes.get(doc);
            if (size < MIN_OBLIGATIONS) return;
            byConcept.forEach((c, n) -> {
                if (n >= SHARE * size) out.computeIfAbsent(doc, d -> new HashMap<>()).put(c, new Share(n, size));
            });
        });
        return new GuidelineSubjects(Map.copyOf(out));
    }

    /** The subject concepts of a guideline, with their shares; empty for a short guideline. */
    public Map<String, Share> of(String documentId) {
        return byDocument.getOrDefault(documentId, Map.of());
    }
}
