package org.regatlas.checklist.applicability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regatlas.checklist.obligation.ConceptVocabulary;
import org.regatlas.checklist.read.Paragraph;
import org.regatlas.checklist.read.ProtocolSection;
import org.regatlas.checklist.structure.PassageFilter;
import org.regatlas.checklist.structure.SectionTree;
import org.regatlas.model.Deadline;

/**
 * The concepts each content paragraph of one protocol states, computed once per protocol. A section's heading counts
 * for each of its paragraphs ("4.2 Definition of Relapsed or Refractory Disease" makes its list items about r/r
 * disease). Only the protocol's normative content counts ({@link PassageFilter}): a term defined in the abbreviation
 * list, a result of an earlier study or a line of the summary of changes is not a protocol provision.
 */
public final class ProtocolConcepts {
    private final SectionTree tree;
    private final PassageFilter passages;
    private final Map<Integer, Set<String>> byParagraph = new HashMap<>();
    private final Map<String, Set<String>> byHeading = new HashMap<>();
    private final Map<String, List<Integer>> paragraphsWith = new HashMap<>();
    private final Map<String, Set<String>> byChapter = new HashMap<>();
    private final List<Paragraph> content = new ArrayList<>();

    public ProtocolConcepts(SectionTree tree, ConceptVocabulary vocabulary, PassageFilter passages) {
        this.tree = tree;
        this.passages = passages;
        // a paragraph naming a haematological cancer names a haematological malignancy: the guideline's "血液淋巴系统
        // 恶性肿瘤患者" is met by a protocol's "复发或难治性多发性骨髓瘤患者"
        Set<String> haematological = vocabulary.statedIds(HAEMATOLOGICAL_MALIGNANCY);
        Set<String> cancers = new HashSet<>();
        for (String c : HAEMATOLOGICAL_CANCERS) cancers.addAll(vocabulary.statedIds(c));
        cancers.removeAll(haematological);
        for (ProtocolSection s : tree.protocol().sections()) {
            boolean quiet = s.isFrontMatter() || s.reference() || tree.ownParagraphs(s.id()).stream()
                    .noneMatch(p -> passages.admissible(p.index()));
            byHeading.put(s.id(), quiet ? Set.of() : vocabulary.ids(s.title()));
        }
        for (Paragraph p : tree.protocol().paragraphs()) {
            if (p.index() % 256 == 0) Deadline.checkpoint();       // the vocabulary scan is the costly part
            if (tree.section(p.sectionId()).reference() || !passages.admissible(p.index())) continue;
            content.add(p);
            Set<String> ids = new HashSet<>(vocabulary.statedIds(p.text()));
            ids.addAll(byHeading.getOrDefault(p.sectionId(), Set.of()));
            if (ids.stream().anyMatch(cancers::contains)) ids.addAll(haematological);
            byParagraph.put(p.index(), ids);
            for (String id : ids) paragraphsWith.computeIfAbsent(id, k -> new ArrayList<>()).add(p.index());
            byChapter.computeIfAbsent(tree.chapterOf(p.sectionId()), k -> new HashSet<>()).addAll(ids);
        }
    }

    private static final String HAEMATOLOGICAL_MALIGNANCY = "血液系统恶性肿瘤";
    /** Haematological cancers a CAR-T protocol names, each a haematological malignancy. */
    private static final List<String> HAEMATOLOGICAL_CANCERS = List.of("多发性骨髓瘤", "B细胞急性淋巴细胞白血病",
            "T细胞急性淋巴细胞白血病", "大B细胞淋巴瘤", "B细胞非霍奇金淋巴瘤", "慢性淋巴细胞白血病", "套细胞淋巴瘤",
            "滤泡性淋巴瘤", "急性髓系白血病");

    /** Which paragraphs may be quoted. */
    PassageFilter passages() {
        return passages;
    }

    /** The content paragraphs (apparatus left out), in reading order. */
    public List<Paragraph> content() {
        return content;
    }

    public boolean isContent(int paragraph) {
        return byParagraph.containsKey(paragraph);
    }

    /** Concepts stated by a paragraph (its section heading included). */
    public Set<String> of(int paragraph) {
        return byParagraph.getOrDefault(paragraph, Set.of());
    }

    /** Concepts named by a section's heading. */
    public Set<String> ofHeading(String sectionId) {
        return byHeading.getOrDefault(sectionId, Set.of());
    }

    /** Concepts stated anywhere in the chapter (top-level section) holding {@code sectionId}. */
    public Set<String> ofChapter(String sectionId) {
        return byChapter.getOrDefault(tree.chapterOf(sectionId), Set.of());
    }

    /** Content paragraphs stating {@code concept}, in reading order. */
    public List<Integer> paragraphsWith(String concept) {
        return paragraphsWith.getOrDefault(concept, List.of());
    }

    public boolean present(String concept) {
        return paragraphsWith.containsKey(concept);
    }
}
