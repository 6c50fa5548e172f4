package org.regatlas.checklist.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.regatlas.checklist.decide.ChecklistItem;
import org.regatlas.checklist.decide.ItemStatus;
import org.regatlas.checklist.evidence.Evidence;
import org.regatlas.checklist.layout.Checklist;
import org.regatlas.checklist.read.Paragraph;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.structure.SectionTree;

/**
 * Scores a checklist against an {@link AnswerKey} as ../shared/protocols/README.md describes. Markers and quotes are
 * compared with all whitespace removed. When a marker occurs in items of two documents (a sentence the review quotes
 * from the guideline), the item from the document whose id best matches the key's source file wins.
 */
public final class KeyScorer {
    private KeyScorer() {}

    public static KeyScore score(Checklist checklist, AnswerKey key, Protocol protocol) {
        SectionTree tree = new SectionTree(protocol);
        List<KeyScore.Line> lines = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        int missing = 0, flagged = 0, addressed = 0, falseMissing = 0, quotes = 0, quotesIn = 0;
        for (AnswerKey.Obligation o : key.obligations()) {
            ChecklistItem item = find(checklist, o);
            String reported = item == null ? "not-found" : item.status().wireName();
            if (item == null) notFound.add(o.id());
            boolean correct;
            String evidenceNote = null;
            if (o.addressed()) {
                addressed++;
                boolean isMissing = item != null && item.status() == ItemStatus.MISSING;
                if (isMissing) falseMissing++;
                correct = item != null && !isMissing;
                if (item != null && !item.evidence().isEmpty()) {
                    int in = (int) item.evidence().stream().filter(ev -> inKeySections(ev, o, tree)).count();
                    quotes += item.evidence().size();
                    quotesIn += in;
                    evidenceNote = in + "/" + item.evidence().size();
                }
            } else {
                missing++;
                // flagged: shown to the reviewer as not met (missing, partial) or as unproven (needs-review)
                correct = item != null && (item.status() == ItemStatus.MISSING || item.status() == ItemStatus.PARTIAL
                        || item.status() == ItemStatus.NEEDS_REVIEW);
                if (correct) flagged++;
            }
            lines.add(new KeyScore.Line(o.id(), o.addressed() ? "addressed" : "missing", reported,
                    item == null ? null : item.provisionId(), correct, evidenceNote, item == null ? ""
                            : item.reason()));
        }
        double recall = missing == 0 ? 1.0 : (double) flagged / missing;
        double falseRate = addressed == 0 ? 0.0 : (double) falseMissing / addressed;
        double evidenceShare = quotes == 0 ? 0.0 : (double) quotesIn / quotes;
        return new KeyScore(recall, falseRate, key.obligations().size(), missing, addressed, notFound, evidenceShare,
                lines);
    }

    private static ChecklistItem find(Checklist checklist, AnswerKey.Obligation o) {
        String marker = squash(o.marker());
        Set<String> sourceWords = words(o.source());
        return checklist.items().stream()
                .filter(i -> squash(i.text()).contains(marker))
                .max(Comparator.comparingLong(i
                -> words(i.source().docId()).stream().filter(sourceWords::contains).count()))
                .orElse(null);
    }

    private static boolean inKeySections(Evidence ev, AnswerKey.Obligation o, SectionTree tree) {
        String quote = squash(ev.quote());
        for (Evidence k : o.evidence()) {
            var section = tree.protocol().sectionNumbered(k.section());
            if (section.isEmpty()) continue;
            String text = tree.paragraphsUnder(section.get().id()).stream().map(Paragraph::text)
                    .collect(Collectors.joining());
            if (squash(text).contains(quote)) return true;
        }
        return false;
    }

    private static Set<String> words(String s) {
        String name = s.substring(s.lastIndexOf('/') + 1).replaceAll("\\.[a-z]+$", "");
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).filter(w
                -> !w.isEmpty()).collect(Collectors.toSet());
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }
}
