package org.regatlas.checklist.layout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regatlas.checklist.decide.ChecklistItem;
import org.regatlas.checklist.evidence.Evidence;
import org.regatlas.checklist.obligation.ConceptVocabulary;
import org.regatlas.checklist.obligation.Elements;
import org.regatlas.checklist.obligation.Obligation;
import org.regatlas.checklist.obligation.Quantity;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.read.ProtocolSection;

/**
 * The one-line "what to add" of an open item, built only from the obligation's own elements that its quotes do not
 * state (concepts by their labels, and the numbers it sets), and the protocol section they belong in: the protocol's
 * own section of that kind when it has one, else the ICH M11 section. Never a duty the obligation does not state.
 */
public final class Suggestions {
    private final ConceptVocabulary vocabulary;
    private final Protocol protocol;

    public Suggestions(ConceptVocabulary vocabulary, Protocol protocol) {
        this.vocabulary = vocabulary;
        this.protocol = protocol;
    }

    /** The suggestion for an item; null when it is not an open gap or nothing of it is unmet. */
    @Nullable String of(ChecklistItem item, Obligation o) {
        if (!SeverityRule.open(item.status())) return null;
        Set<String> stated = new LinkedHashSet<>();
        StringBuilder quotes = new StringBuilder();
        for (Evidence e : item.evidence()) {
            stated.addAll(vocabulary.ids(e.quote()));
            quotes.append(e.quote()).append('\n');
        }
        boolean missing = "missing".equals(item.status().wireName());
        List<String> wanted = new ArrayList<>();
        for (String c : o.elements().required()) if (Elements.core(c)) wanted.add(c);
        if (wanted.isEmpty()) wanted.addAll(o.provision().topics());
        List<String> labels = new ArrayList<>();
        for (String c : wanted) {
            // one of the alternatives stated (IRC 或中心实验室) meets the others too
            boolean alternativeStated = o.elements().groups().stream()
                    .anyMatch(g -> g.alternativesTo(c).stream().anyMatch(stated::contains));
            if (missing || !(stated.contains(c) || alternativeStated)) labels.add(vocabulary.label(c));
        }
        String quoted = quotes.toString().toLowerCase(Locale.ROOT);
        for (Quantity q : Quantity.in(o.provision().text())) {
            if (missing || !quoted.contains(q.source().toLowerCase(Locale.ROOT))) labels.add(q.source());
        }
        List<String> distinct = labels.stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
        if (distinct.isEmpty()) return null;
        return "Add to " + where(o.kinds().get(0)) + ": " + String.join("; ", distinct) + " (" + o.document().agency()
                + " " + item.strength() + ")";
    }

    /** The protocol's first section of that kind ("§5.2 Exclusion Criteria"), else the ICH M11 section. */
    private String where(String kind) {
        for (ProtocolSection s : protocol.listedSections()) {
            if (kind.equals(s.kind()) && s.numbered() && !s.reference()) return s.label();
        }
        M11Order.Place p = M11Order.of(kind);
        return "ICH M11 §" + p.m11() + " " + p.heading();
    }
}
