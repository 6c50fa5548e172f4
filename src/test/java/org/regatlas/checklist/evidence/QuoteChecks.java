package org.regatlas.checklist.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regatlas.checklist.obligation.ConceptVocabulary;
import org.regatlas.checklist.read.Paragraph;
import org.regatlas.checklist.read.ProtocolSection;
import org.regatlas.checklist.structure.PassageFilter;
import org.regatlas.checklist.structure.SectionTree;

/**
 * What the checklist's invariant checks ask of a decision's words and quotes, shared by {@code ChecklistIntegrityIT}
 * (every item of every real protocol) and the fuzz targets (every decision of a fuzzed protocol).
 */
public final class QuoteChecks {
    private static final Pattern STATED = Pattern.compile("Stated: (.*?) \\(([^()]*)\\)\\.");

    private QuoteChecks() {}

    /** The concept ids behind each label of {@code vocabulary} (one label may name several concepts). */
    public static Map<String, Set<String>> idsByLabel(ConceptVocabulary vocabulary) {
        Map<String, Set<String>> out = new HashMap<>();
        vocabulary.labels().forEach((id, label) -> out.computeIfAbsent(label, k -> new HashSet<>()).add(id));
        return out;
    }

    /** The concept labels of the reason's "Stated: A, B (section)." parts; numbers and free words are skipped. */
    public static List<String> statedLabels(String reason, Map<String, Set<String>> idsByLabel) {
        List<String> out = new ArrayList<>();
        Matcher m = STATED.matcher(reason);
        while (m.find()) {
            String[] parts = m.group(1).split(", ");
            for (int i = 0; i < parts.length; i++) {
                String joined = parts[i];
                // labels may hold ", " themselves ("PI, IMiD and anti-CD38 exposure"): take the longest known one
                String best = idsByLabel.containsKey(joined) ? joined : null;
                int bestEnd = i;
                for (int j = i + 1; j < parts.length; j++) {
                    joined = joined + ", " + parts[j];
                    if (idsByLabel.containsKey(joined)) {
                        best = joined;
                        bestEnd = j;
                    }
                }
                if (best != null) {
                    out.add(best);
                    i = bestEnd;
                }
            }
        }
        return out;
    }

    /**
     * Whether a quote is a sentence of an admissible paragraph, or the title of a section with such paragraphs, its own
     * or its subsections' ("10.2 Study Endpoints" over "10.2.1 Primary").
     */
    public static boolean admissible(String quote, SectionTree tree, PassageFilter passages) {
        String q = squash(quote);
        for (Paragraph p : tree.protocol().paragraphs()) {
            if (passages.admissible(p.index()) && squash(p.text()).contains(q)) return true;
        }
        for (ProtocolSection s : tree.protocol().sections()) {
            if (squash(s.title()).equals(q) && tree.paragraphsUnder(s.id()).stream()
                    .anyMatch(p -> passages.admissible(p.index()))) return true;
        }
        return false;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }
}
