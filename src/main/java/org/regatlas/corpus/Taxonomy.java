package org.regatlas.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regatlas.model.Checks;
import org.regatlas.model.LocalizedText;

/**
 * The controlled vocabulary of {@code corpus/taxonomy.json}: topics and protocol-section kinds, each with labels
 * and terms in both languages. One vocabulary serves tagging, query expansion, facets and checklist mapping.
 */
public record Taxonomy(List<Topic> topics, List<ProtocolSectionKind> protocolSections) {

    /** A topic: {@code synonymsZh}/{@code synonymsEn} match as substrings, {@code abbreviations} as whole words. */
    public record Topic(String id, @Nullable String parent, LocalizedText label, List<String> synonymsZh,
                        List<String> synonymsEn, List<String> abbreviations) {
        public Topic {
            Checks.notBlank(id, "id");
            synonymsZh = List.copyOf(synonymsZh);
            synonymsEn = List.copyOf(synonymsEn);
            abbreviations = List.copyOf(abbreviations);
        }

        /** Every name of the topic, each once: labels, synonyms in both languages, abbreviations. */
        public List<String> names() {
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            if (label.zh() != null) names.add(label.zh());
            if (label.en() != null) names.add(label.en());
            names.addAll(synonymsZh);
            names.addAll(synonymsEn);
            names.addAll(abbreviations);
            return List.copyOf(names);
        }
    }

    /** A kind of protocol section (ICH M11 aligned) with the heading words that identify it. */
    public record ProtocolSectionKind(String id, LocalizedText label, @Nullable String m11, List<String> headingsZh,
                                      List<String> headingsEn, List<String> topics) {
        public ProtocolSectionKind {
            Checks.notBlank(id, "id");
            headingsZh = List.copyOf(headingsZh);
            headingsEn = List.copyOf(headingsEn);
            topics = List.copyOf(topics);
        }
    }

    public static final Taxonomy EMPTY = new Taxonomy(List.of(), List.of());

    public Taxonomy {
        topics = List.copyOf(topics);
        protocolSections = List.copyOf(protocolSections);
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<ProtocolSectionKind> protocolSection(String id) {
        return protocolSections.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public boolean hasTopic(String id) {
        return topic(id).isPresent();
    }

    public boolean hasProtocolSection(String id) {
        return protocolSection(id).isPresent();
    }

    /** For each topic id, the protocol-section kinds that list it, in taxonomy order. */
    public Map<String, List<String>> sectionsByTopic() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ProtocolSectionKind k : protocolSections) {
            for (String t : k.topics()) {
                out.computeIfAbsent(t, x -> new java.util.ArrayList<>()).add(k.id());
            }
        }
        return out;
    }
}
