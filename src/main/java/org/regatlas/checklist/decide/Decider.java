package org.regatlas.checklist.decide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.regatlas.checklist.applicability.DocumentScope;
import org.regatlas.checklist.applicability.ProtocolConcepts;
import org.regatlas.checklist.evidence.Evidence;
import org.regatlas.checklist.obligation.ConceptVocabulary;
import org.regatlas.checklist.obligation.ElementTerms;
import org.regatlas.checklist.obligation.Elements;
import org.regatlas.checklist.obligation.Obligation;
import org.regatlas.checklist.obligation.Quantity;
import org.regatlas.checklist.read.Paragraph;
import org.regatlas.checklist.read.ProtocolSection;
import org.regatlas.checklist.structure.SectionTree;

/**
 * Decides addressed / partial / missing for one obligation from its {@link Elements}, explainably:
 * <ul>
 *   <li><b>missing</b> when the protocol's content never states the obligation's primary concept (the object of its
 *   modal verb: 应设置独立评审委员会 → IRC), or none of its anchors (the concepts of the clause carrying the modal);</li>
 *   <li><b>addressed</b> when every duty group is met by one passage — a paragraph with its neighbours in one section —
 *   that states all the group's single concepts and numbers, its listed concepts being stated there or elsewhere in
 *   the protocol's own content; taxonomy topics, the checklist's own terms and numbers must be stated, glossary words
 *   are looked for and reported (a duty naming only glossary words needs them all);</li>
 *   <li><b>partial</b> otherwise, saying which elements were found where and which were not.</li>
 * </ul>
 * Among candidate passages, one that meets the duty wins; then passages in the protocol's own numbered sections (not
 * its background, where earlier studies are reported, nor its front matter); then the one stating the most elements,
 * the anchor, sections of the obligation's kinds, prose over table figures, and the Lucene score. The quotes come
 * from {@link Quotes}; only what they state proves anything. A duty that names another document (说明书中…) is left
 * to it.
 */
public final class Decider {
    public record Decision(ItemStatus status, List<Evidence> evidence, String reason) {}

    // the parts of a partial item's reason, which statedApart reads back
    private static final String APART = "Not stated in that passage: ";
    private static final String ANYWHERE = "Not stated anywhere: ";
    private static final String NUMBER_UNSTATED = "The passage does not state the required ";
    private static final String NO_PASSAGE = "Part of the obligation has no passage at all.";
    private static final String ONLY_SUBJECT = " is what the whole guideline is about";

    /**
     * Whether a partial item's unmet parts are all stated elsewhere in the protocol (the washout in §5.5, the bridging
     * rules in §6.3): every part is there, only their being said together is unproven. A gap for the reviewer to
     * confirm, not one the protocol must fill.
     */
    public static boolean statedApart(ChecklistItem i) {
        if (i.status() != ItemStatus.PARTIAL) return false;
        String r = i.reason();
        return r.contains(APART) && !r.contains(ANYWHERE) && !r.contains(NUMBER_UNSTATED) && !r.contains(NO_PASSAGE)
                && !r.contains(ONLY_SUBJECT);
    }

    /** Consecutive paragraphs of one section around a candidate paragraph. */
    private record Window(String sectionId, List<Paragraph> paragraphs, Paragraph center) {}

    /**
     * @param subject the concepts of the guideline's own subject ({@link GuidelineSubjects}): stated alone, they do not
     *                prove one of its sentences
     */
    private record GroupResult(Elements.Group group, Window window, Set<String> foundSingles, Set<String> foundMembers,
                               List<Quantity> stated, Set<String> subject) {
        /**
         * All core concepts and numbers stated; a duty naming only glossary words needs all of them, since one common
         * word ("model", "observation") proves nothing by itself, and so does a duty naming nothing but its
         * guideline's subject, which must name a glossary word or a number besides.
         */
        boolean satisfied() {
            if (stated.size() != group.quantities().size()) return false;
            List<String> core = group.concepts().stream().filter(Elements::core).toList();
            if (!core.isEmpty() && !subject.containsAll(core)) return core.stream().allMatch(this::met);
            return group.concepts().stream().allMatch(this::met) && !onlySubject();
        }

        /** Found, or one of the alternatives it is offered with (IRC 或中心实验室) is. */
        boolean met(String concept) {
            return found(concept) || group.alternativesTo(concept).stream().anyMatch(this::found);
        }

        /** Whether the duty names nothing but its guideline's subject: no other concept and no number. */
        boolean onlySubject() {
            return group.quantities().isEmpty() && !group.concepts().isEmpty()
                    && subject.containsAll(group.concepts());
        }

        /** Whether the duty names only glossary words: general wording, with no topic and no number. */
        boolean onlyGlossary() {
            return group.quantities().isEmpty() && group.concepts().stream().noneMatch(Elements::core);
        }

        boolean found(String concept) {
            return foundSingles.contains(concept) || foundMembers.contains(concept);
        }

        List<String> members() {
            List<String> out = new ArrayList<>();
            group.enumerations().forEach(out::addAll);
            return out;
        }

        int coverage() {
            return foundSingles.size() + foundMembers.size() + stated.size();
        }
    }

    private static final int MAX_QUOTES = 4;

    private final SectionTree tree;
    private final ProtocolConcepts concepts;
    private final ConceptVocabulary vocabulary;
    private final Quotes quotes;
    private final GuidelineSubjects subjects;

    public Decider(SectionTree tree, ProtocolConcepts concepts, ConceptVocabulary vocabulary) {
        this(tree, concepts, vocabulary, GuidelineSubjects.NONE);
    }

    public Decider(SectionTree tree, ProtocolConcepts concepts, ConceptVocabulary vocabulary,
                   GuidelineSubjects subjects) {
        this.tree = tree;
        this.concepts = concepts;
        this.vocabulary = vocabulary;
        this.quotes = new Quotes(tree, concepts, vocabulary);
        this.subjects = subjects;
    }

    public Decision decide(Obligation o, Map<Integer, Float> scores) {
        Elements e = o.elements();
        if (e.isEmpty()) {      // the catalog leaves such obligations out; kept for callers that do not
            return new Decision(ItemStatus.NEEDS_REVIEW, List.of(),
                    "The obligation names no concept the checker can verify: check by reading.");
        }
        Decision absent = absentAnchors(e);
        if (absent != null) return absent;
        List<GroupResult> results = new ArrayList<>();
        List<String> unverifiable = new ArrayList<>();
        // a duty another document carries ("并在说明书中强化风险提示") is not sought in the protocol
        List<String> otherDocuments = new ArrayList<>();
        List<Elements.Group> duties = new ArrayList<>();
        for (Elements.Group g : e.groups()) {
            Optional<String> d = DocumentScope.duty(g);
            if (d.isPresent()) {
                if (!otherDocuments.contains(d.get())) otherDocuments.add(d.get());
            } else {
                duties.add(g);
            }
        }
        if (duties.isEmpty()) {
            duties = e.groups();
            otherDocuments.clear();
        }
        for (Elements.Group g : duties) {
            if (g.quantities().isEmpty() && g.concepts().stream().noneMatch(Elements::core)
                    && g.concepts().stream().noneMatch(concepts::present)) {
                unverifiable.addAll(g.concepts());      // only general words, none in the protocol: not checkable
                continue;
            }
            results.add(best(g, o, scores, subjects.of(o.document().id()).keySet()));
        }
        if (results.isEmpty()) {
            return new Decision(ItemStatus.NEEDS_REVIEW, List.of(), "The obligation's terms (" + labels(unverifiable)
                    + ") are general words that do not occur in the protocol's own content: check by reading.");
        }
        List<Evidence> evidence = new ArrayList<>();
        for (GroupResult r : results) {
            if (r != null) {
                evidence.addAll(quotes.of(r.group(), r.window().paragraphs(), r.window().center(), r.foundMembers(), o,
                        scores));
            }
        }
        List<Evidence> distinct = covering(evidence.stream().distinct().toList(), e);
        // what the quotes themselves state is all a reason may call stated, and all that can prove the obligation
        List<GroupResult> proven = results.stream().map(r -> r == null ? null : prove(r, distinct)).toList();
        boolean all = proven.stream().allMatch(r -> r != null && r.satisfied());
        boolean anything = proven.stream().anyMatch(r -> r != null && r.coverage() > 0);
        if (!anything) {
            return new Decision(ItemStatus.NEEDS_REVIEW, List.of(), "No passage of the protocol's own content states "
                    + labels(e.required()) + " together: check by reading.");
        }
        String reason = reason(e, proven, all, o);
        if (!unverifiable.isEmpty()) reason += " Not checked (general wording): " + labels(unverifiable) + ".";
        if (!otherDocuments.isEmpty()) reason += " The rest belongs to " + String.join(" and ", otherDocuments) + ".";
        if (all && proven.stream().allMatch(GroupResult::onlyGlossary)) {
            // General words found together are no proof that the protocol states what the obligation asks: no quote
            // (needs-review carries no evidence) and nothing called stated; where they occur is where to read.
            return new Decision(ItemStatus.NEEDS_REVIEW, List.of(), "The obligation names only general words ("
                    + labels(e.required()) + "): a passage using them does not show that the protocol states what it"
                    + " asks; check by reading" + where(distinct) + ".");
        }
        return new Decision(all ? ItemStatus.ADDRESSED : ItemStatus.PARTIAL, distinct, reason);
    }

    /**
     * At most {@link #MAX_QUOTES} quotes, in their order, chosen to state as many of the obligation's concepts and
     * numbers as they can: the first four alone could all prove one duty and leave a listed concept of another, stated
     * in a fifth, out of the proof.
     */
    private List<Evidence> covering(List<Evidence> quotes, Elements e) {
        if (quotes.size() <= MAX_QUOTES) return quotes;
        Set<String> wanted = new LinkedHashSet<>(e.required());
        List<Quantity> numbers = new ArrayList<>();
        for (Elements.Group g : e.groups()) numbers.addAll(g.quantities());
        List<Set<String>> stated = quotes.stream().map(q -> vocabulary.statedIds(q.quote())).toList();
        Set<Integer> chosen = new java.util.TreeSet<>();
        while (chosen.size() < MAX_QUOTES) {
            int best = -1;
            int bestGain = 0;
            for (int i = 0; i < quotes.size(); i++) {
                if (chosen.contains(i)) continue;
                String q = quotes.get(i).quote();
                int gain = (int) stated.get(i).stream().filter(wanted::contains).count()
                        + (int) numbers.stream().filter(n -> n.statedIn(q)).count();
                if (gain > bestGain) {
                    best = i;
                    bestGain = gain;
                }
            }
            if (best < 0) break;
            chosen.add(best);
            String taken = quotes.get(best).quote();
            wanted.removeAll(stated.get(best));
            numbers.removeIf(n -> n.statedIn(taken));
        }
        for (int i = 0; i < quotes.size() && chosen.size() < MAX_QUOTES; i++) chosen.add(i);
        return chosen.stream().map(quotes::get).toList();
    }

    /** A part not stated in the quotes: where else the protocol states it, or that it states it nowhere. */
    private void notStated(String label, List<Integer> elsewhere, List<String> absentHere, List<String> absent) {
        if (elsewhere.isEmpty()) absent.add(label);
        else absentHere.add(label + " (only in " + sectionsOf(elsewhere) + ")");
    }

    /** " (they occur in sections 5.2, 9.4)": the sections of {@code passages}, or nothing when none has a number. */
    private static String where(List<Evidence> passages) {
        List<String> sections = passages.stream().map(Evidence::section).filter(s -> s != null && !s.isBlank())
                .distinct().toList();
        if (sections.isEmpty()) return "";
        return " (they occur in section" + (sections.size() > 1 ? "s " : " ") + String.join(", ", sections) + ")";
    }

    /** The group's result restricted to what the quotes contain (their sentence or clause, not the passage). */
    private GroupResult prove(GroupResult r, List<Evidence> quotes) {
        Set<String> quoted = new LinkedHashSet<>();
        for (Evidence q : quotes) quoted.addAll(vocabulary.statedIds(q.quote()));
        Set<String> singles = new LinkedHashSet<>(r.foundSingles());
        singles.retainAll(quoted);
        Set<String> members = new LinkedHashSet<>(r.foundMembers());
        members.retainAll(quoted);
        List<Quantity> stated = r.stated().stream()
                .filter(q -> quotes.stream().anyMatch(ev -> q.statedIn(ev.quote()))).toList();
        return new GroupResult(r.group(), r.window(), singles, members, stated, r.subject());
    }

    /**
     * Missing when the protocol does not state what the obligation is about: the object of its modal verb (its
     * primary concept), or none of its anchors that the taxonomy or the checklist's own terms recognise. Anchors that
     * are only glossary words are too general to conclude from.
     */
    private Decision absentAnchors(Elements e) {
        List<String> decisive = e.all().stream().filter(ElementTerms.DECISIVE::contains)
                .filter(c -> !concepts.present(c)).toList();
        if (!decisive.isEmpty()) {
            return new Decision(ItemStatus.MISSING, List.of(), "Not stated anywhere in the protocol's own content: "
                    + labels(decisive) + ".");
        }
        if (e.primary() != null && !concepts.present(e.primary()) && e.groups().stream()
                .noneMatch(g -> g.alternativesTo(e.primary()).stream().anyMatch(concepts::present))) {
            return new Decision(ItemStatus.MISSING, List.of(), "Not stated anywhere in the protocol's own content: "
                    + labels(List.of(e.primary())) + ".");
        }
        List<String> strong = e.anchors().stream().filter(Elements::core).toList();
        if (!strong.isEmpty() && strong.stream().noneMatch(concepts::present)) {
            return new Decision(ItemStatus.MISSING, List.of(), "Not stated anywhere in the protocol's own content: "
                    + labels(strong) + ".");
        }
        return null;
    }

    /** The passage that best meets one group, or null when no paragraph states any of its concepts. */
    private GroupResult best(Elements.Group g, Obligation o, Map<Integer, Float> scores, Set<String> subject) {
        Set<Integer> candidates = new LinkedHashSet<>();
        for (String c : g.concepts()) candidates.addAll(concepts.paragraphsWith(c));
        if (g.concepts().isEmpty()) candidates.addAll(scores.keySet());
        GroupResult best = null;
        Comparator<GroupResult> order = Comparator.comparing(GroupResult::satisfied)
                .thenComparing(r -> ownProvision(r.window().sectionId()))
                .thenComparingInt(GroupResult::coverage)
                .thenComparing(r -> r.foundSingles().stream().anyMatch(o.elements().anchors()::contains)
                        || r.foundMembers().stream().anyMatch(o.elements().anchors()::contains))
                .thenComparing(r -> inKind(r.window().sectionId(), o))
                .thenComparing(r -> prose(r.window().center()))
                .thenComparing(r -> scores.getOrDefault(r.window().center().index(), 0f));
        for (int p : candidates) {
            GroupResult r = evaluate(g, window(p), subject);
            if (best == null || order.compare(r, best) > 0) best = r;
        }
        return best;
    }

    private GroupResult evaluate(Elements.Group g, Window w, Set<String> subject) {
        Set<String> found = new LinkedHashSet<>();
        for (Paragraph p : w.paragraphs()) found.addAll(concepts.of(p.index()));
        found.addAll(quotes.parentHeading(w.sectionId()));
        Set<String> singles = g.singles().stream().filter(found::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (List<String> list : g.alternatives()) list.stream().filter(found::contains).forEach(singles::add);
        Set<String> chapter = concepts.ofChapter(w.sectionId());
        Set<String> members = new LinkedHashSet<>();
        for (List<String> list : g.enumerations()) {
            for (String m : list) if (found.contains(m) || chapter.contains(m) || concepts.present(m)) members.add(m);
        }
        List<Quantity> stated = g.quantities().stream().filter(q -> statedWith(q, g, w)).toList();
        return new GroupResult(g, w, singles, members, stated, subject);
    }

    /** A number counts when a sentence of the passage states it together with one of the group's concepts. */
    private boolean statedWith(Quantity q, Elements.Group g, Window w) {
        for (Paragraph p : w.paragraphs()) {
            if (!q.statedIn(p.text())) continue;
            Set<String> heading = concepts.ofHeading(p.sectionId());
            for (org.regatlas.model.Span s : org.regatlas.parse.SentenceSplitter.split(p.text())) {
                String sentence = p.text().substring(s.start(), s.end());
                if (!q.statedIn(sentence)) continue;
                Set<String> ids = new LinkedHashSet<>(vocabulary.ids(sentence));
                ids.addAll(heading);
                if (g.concepts().isEmpty() || g.concepts().stream().anyMatch(ids::contains)) return true;
            }
        }
        return false;
    }

    private Window window(int paragraph) {
        Paragraph center = tree.protocol().paragraphs().get(paragraph);
        List<Paragraph> own = tree.ownParagraphs(center.sectionId());
        int i = own.indexOf(center);
        List<Paragraph> out = new ArrayList<>(own.subList(Math.max(0, i - 1), Math.min(own.size(), i + 2)));
        out.removeIf(p -> !concepts.isContent(p.index()));
        return new Window(center.sectionId(), out, center);
    }

    /**
     * Whether a section states this protocol's own provisions: numbered, and not background (where a protocol reports
     * earlier studies: "ZUMA-1 enrolled 111 subjects..."). Such sections are preferred at equal coverage.
     */
    private boolean ownProvision(String sectionId) {
        ProtocolSection s = tree.section(sectionId);
        return s.numbered() && !"background".equals(s.kind());
    }

    /** Prose rather than a row of numbers from a results table. */
    private static boolean prose(Paragraph p) {
        long letters = p.text().codePoints().filter(Character::isLetter).count();
        return letters > p.text().length() / 2;
    }

    private boolean inKind(String sectionId, Obligation o) {
        return quotes.inKind(sectionId, o);
    }

    private String reason(Elements e, List<GroupResult> results, boolean all, Obligation o) {
        List<String> parts = new ArrayList<>();
        for (GroupResult r : results) {
            if (r == null) continue;
            String where = sectionLabel(r.window().sectionId());
            Set<String> stated = new LinkedHashSet<>(r.foundSingles());
            stated.addAll(r.foundMembers());
            List<String> numbers = r.stated().stream().map(Quantity::label).toList();
            if (!stated.isEmpty() || !numbers.isEmpty()) {
                List<String> items = new ArrayList<>(labelList(stated));
                items.addAll(numbers);
                String part = "Stated: " + String.join(", ", items) + " (" + where + ").";
                if (!parts.contains(part)) parts.add(part);
            }
            if (all) continue;
            if (r.onlySubject()) {
                String subject = labels(r.group().concepts());
                GuidelineSubjects.Share share = subjects.of(o.document().id()).get(r.group().concepts().get(0));
                String part = subject + ONLY_SUBJECT + " (named by " + share.naming() + " of its "
                        + share.of() + " obligations): a passage stating it does not show what this sentence asks of"
                        + " it, and the sentence names nothing else the protocol could be checked for.";
                if (!parts.contains(part)) parts.add(part);
            }
            List<String> absentHere = new ArrayList<>();
            List<String> absent = new ArrayList<>();
            for (String c : r.group().singles()) {
                if (r.foundSingles().contains(c)) continue;
                notStated(vocabulary.label(c), concepts.paragraphsWith(c), absentHere, absent);
            }
            for (List<String> list : r.group().alternatives()) {
                if (list.stream().anyMatch(r::found)) continue;
                String either = list.stream().map(vocabulary::label).distinct().collect(Collectors.joining(" or "));
                notStated(either, list.stream().flatMap(c -> concepts.paragraphsWith(c).stream()).sorted().toList(),
                        absentHere, absent);
            }
            for (String m : r.members()) {
                if (r.foundMembers().contains(m)) continue;
                // stated perhaps, but in no quote given
                notStated(vocabulary.label(m), concepts.paragraphsWith(m), absentHere, absent);
            }
            if (!absentHere.isEmpty()) parts.add(APART + String.join("; ", absentHere) + ".");
            if (!absent.isEmpty()) parts.add(ANYWHERE + String.join(", ", absent) + ".");
            List<String> numbersMissing = r.group().quantities().stream().filter(q -> !r.stated().contains(q))
                    .map(Quantity::label).toList();
            if (!numbersMissing.isEmpty()) {
                parts.add(NUMBER_UNSTATED + String.join(", ", numbersMissing) + ".");
            }
        }
        if (results.stream().anyMatch(r -> r == null)) parts.add(NO_PASSAGE);
        return String.join(" ", parts);
    }

    private String sectionsOf(List<Integer> paragraphs) {
        return paragraphs.stream().map(i -> sectionLabel(tree.protocol().paragraphs().get(i).sectionId()))
                .distinct().limit(3).collect(Collectors.joining(", "));
    }

    private String sectionLabel(String sectionId) {
        return quotes.sectionLabel(sectionId);
    }

    private String labels(List<String> ids) {
        return String.join(", ", labelList(new LinkedHashSet<>(ids)));
    }

    private List<String> labelList(Set<String> ids) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : ids) out.putIfAbsent(vocabulary.label(id), id);
        return List.copyOf(out.keySet());
    }
}
