package org.regatlas.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regatlas.TestCorpus;
import org.regatlas.checklist.applicability.Applicability;
import org.regatlas.checklist.applicability.ModalityGate;
import org.regatlas.checklist.applicability.ObligationConditions;
import org.regatlas.checklist.applicability.Profile;
import org.regatlas.checklist.applicability.ProfileRequest;
import org.regatlas.checklist.applicability.ProfileResolver;
import org.regatlas.checklist.applicability.ProtocolConcepts;
import org.regatlas.checklist.decide.Decider;
import org.regatlas.checklist.decide.ItemStatus;
import org.regatlas.checklist.evidence.Evidence;
import org.regatlas.checklist.evidence.ProtocolIndex;
import org.regatlas.checklist.evidence.QuoteChecks;
import org.regatlas.checklist.obligation.ConceptVocabulary;
import org.regatlas.checklist.obligation.Obligation;
import org.regatlas.checklist.obligation.ObligationCatalog;
import org.regatlas.checklist.read.Paragraph;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.read.ProtocolException;
import org.regatlas.checklist.read.ProtocolReader;
import org.regatlas.checklist.read.ProtocolSection;
import org.regatlas.checklist.structure.PassageFilter;
import org.regatlas.checklist.structure.SectionTree;
import org.regatlas.checklist.structure.StructureCheck;
import org.regatlas.corpus.MarkdownReader;
import org.regatlas.corpus.SourceText;
import org.regatlas.model.Conditions;
import org.regatlas.model.Deadline;
import org.regatlas.model.Provision;
import org.regatlas.parse.ParsedCorpus;

/**
 * Fuzz targets for the checklist's stages one at a time, fast enough for a million inputs each: reading and structure
 * (no corpus), applicability (profile, modality, conditions over the whole catalog) and evidence with decisions over
 * one to three obligations each input picks from the catalog. Each input runs under a {@link Deadline}; the
 * invariants are those {@link ChecklistFuzzTest} and {@code ChecklistIntegrityIT} check on whole checklists.
 * {@code bench/fuzz.sh} runs them.
 */
class ChecklistStageFuzzTest {
    /** Per input while fuzzing; the seeds every build replays get more room, since a build may share the machine. */
    private static final Duration PER_INPUT = Duration.ofSeconds(System.getenv("JAZZER_FUZZ") != null ? 10 : 120);
    /**
     * At most this many obligations per decision input, picked by the input from every obligation the decider
     * checks: an input costs about one protocol index and a few searches, and the inputs together span the catalog.
     */
    private static final int DECIDED = 3;

    private static final ProtocolReader READER = new ProtocolReader(TestCorpus.loaded().taxonomy());
    private static Stages stages;

    /** The obligation side, built once: vocabulary, catalog, conditions, modality gate, the decidable obligations. */
    private record Stages(ConceptVocabulary vocabulary, ObligationCatalog catalog, ObligationConditions conditions,
                          ModalityGate gate, List<Obligation> decidable, Map<String, Set<String>> idsByLabel) {}

    private static synchronized Stages stages() {
        if (stages == null) {
            ParsedCorpus corpus = TestCorpus.parsed();
            List<String> texts = new ArrayList<>();
            for (Provision p : corpus.provisions()) texts.add(p.textZh() != null ? p.textZh() : p.text());
            ConceptVocabulary vocabulary = ConceptVocabulary.of(corpus.taxonomy(), corpus.glossary(), texts);
            ObligationCatalog catalog = ObligationCatalog.of(corpus, vocabulary);
            // in id order, so an input picks the same obligations on every run
            List<Obligation> decidable = catalog.all().stream().filter(o -> !o.elements().isEmpty())
                    .sorted(Comparator.comparing(Obligation::id)).toList();
            Map<String, Set<String>> idsByLabel = QuoteChecks.idsByLabel(vocabulary);
            stages = new Stages(vocabulary, catalog, new ObligationConditions(catalog.all(), vocabulary),
                    new ModalityGate(vocabulary), decidable, idsByLabel);
        }
        return stages;
    }

    /** Markdown, text or HTML bytes read into a protocol whose sections, paragraphs and tree hold together. */
    @FuzzTest(maxDuration = "10s")
    void protocolsReadIntoAConsistentStructure(byte @NotNull [] content) {
        String name = switch (content.length % 3) {
            case 0 -> "protocol.md";
            case 1 -> "protocol.txt";
            default -> "protocol.html";
        };
        try (Deadline.Scope scope = Deadline.in(PER_INPUT).enter()) {
            Protocol protocol;
            try {
                protocol = READER.read(name, content);
            } catch (ProtocolException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a refusal says why");
                return;
            }
            StructureInvariants.check(protocol);
        }
    }

    /**
     * A protocol and a request (each dimension left to inference, given a known value, or given a word): the profile
     * keeps what was given, a bad value is refused naming it, and every obligation set aside names its dimension,
     * modality or condition with values that are the profile's.
     */
    @FuzzTest(maxDuration = "10s")
    void applicabilityIsDecidedAndExplained(@NotNull FuzzedDataProvider data) {
        Map<String, String> asked = new HashMap<>();
        for (String dim : Conditions.DIMENSIONS) {
            List<String> known = ProfileResolver.KNOWN.get(dim);
            int pick = data.consumeInt(-2, known.size() - 1);
            if (pick >= 0) asked.put(dim, known.get(pick));
            else if (pick == -2) asked.put(dim, data.consumeString(12));
        }
        Map<String, String> given = new HashMap<>(asked);
        given.values().removeIf(String::isBlank);       // a blank field asks for inference (ProfileRequest)
        String modality = switch (data.consumeInt(0, 3)) {
            case 0 -> "car-t";
            case 1 -> "small-molecule";
            case 2 -> data.consumeString(12);
            default -> null;
        };
        ProfileRequest request = new ProfileRequest(data.consumeBoolean() ? "CN" : null, asked.get("indication"),
                asked.get("design"), asked.get("population"), asked.get("product"), asked.get("line"), modality);
        Stages s = stages();
        try (Deadline.Scope scope = Deadline.in(PER_INPUT).enter()) {
            Protocol protocol = READER.read("protocol.md", MarkdownReader.parse(data.consumeRemainingAsString()));
            Profile profile;
            try {
                profile = ProfileResolver.resolve(request, protocol);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage() != null && e.getMessage().startsWith("unknown ")
                        || e.getMessage().startsWith("no "), "a refused value is named: " + e.getMessage());
                return;
            }
            assertFalse(profile.jurisdictions().isEmpty(), "a profile has jurisdictions");
            for (var entry : given.entrySet()) {
                assertFalse(profile.inferred().contains(entry.getKey()), entry.getKey() + " was given, not inferred");
                if (ProfileResolver.KNOWN.get(entry.getKey()).contains(entry.getValue())
                        && !entry.getKey().equals("product")) {
                    assertTrue(profile.get(entry.getKey()).contains(entry.getValue()), entry + " is kept");
                }
            }
            assertEquals(profile, ProfileResolver.resolve(request, protocol), "the same request gives the same profile");
            SectionTree tree = new SectionTree(protocol);
            // one remembering vocabulary per protocol, as a checklist build has
            ProtocolConcepts concepts = new ProtocolConcepts(tree, s.vocabulary().remembering(),
                    new PassageFilter(tree));
            ObligationConditions.Facts facts = ObligationConditions.Facts.of(concepts, tree, profile);
            for (Obligation o : s.catalog().all()) {
                Applicability.reasonNotApplicable(o.provision(), profile).ifPresent(r -> namesItsDimension(r, profile));
                s.gate().reasonNotApplicable(o, profile.modality()).ifPresent(r -> {
                    assertFalse(profile.modality().isEmpty(), "an unknown modality sets nothing aside: " + r);
                    assertTrue(r.startsWith("modality: applies to ") && r.endsWith("; this protocol's product is "
                            + ModalityGate.describe(profile.modality())), r);
                });
                Optional<String> unmet = s.conditions().unmet(o, facts);
                unmet.ifPresent(r -> assertTrue(r.startsWith("condition: ") && r.length() > 11, r));
            }
        }
    }

    /** "indication: applies to b-all; this protocol is lbcl": a dimension whose values are the profile's. */
    private static void namesItsDimension(String reason, Profile profile) {
        int colon = reason.indexOf(": applies to ");
        assertTrue(colon > 0 && Conditions.DIMENSIONS.contains(reason.substring(0, colon)), reason);
        String dim = reason.substring(0, colon);
        int ours = reason.lastIndexOf("; this protocol is ");
        assertTrue(ours > colon, reason);
        for (String v : reason.substring(ours + "; this protocol is ".length()).split(", ")) {
            assertTrue(profile.get(dim).contains(v), reason + ": '" + v + "' is not the profile's " + dim);
        }
    }

    /**
     * Markdown or plain text through the protocol index, evidence search and decisions of one to {@value #DECIDED}
     * obligations the input picks from the whole catalog: a status agrees with its evidence, every quote is the
     * protocol's own normative content, and a reason calls stated only concepts its quotes contain.
     */
    @FuzzTest(maxDuration = "10s")
    void decisionsAgreeWithTheirEvidence(@NotNull FuzzedDataProvider data) {
        Stages s = stages();
        List<Obligation> picked = new ArrayList<>();
        int count = data.consumeInt(1, DECIDED);
        for (int i = 0; i < count; i++) picked.add(s.decidable().get(data.consumeInt(0, s.decidable().size() - 1)));
        String text = data.consumeRemainingAsString();
        try (Deadline.Scope scope = Deadline.in(PER_INPUT).enter()) {
            SourceText source = text.length() % 2 == 0 ? MarkdownReader.parse(text) : SourceText.plain(text);
            Protocol protocol = READER.read(text.length() % 2 == 0 ? "protocol.md" : "protocol.txt", source);
            SectionTree tree = new SectionTree(protocol);
            PassageFilter passages = new PassageFilter(tree);
            // one remembering vocabulary per protocol, as a checklist build has; the invariants use the shared one
            ConceptVocabulary vocabulary = s.vocabulary().remembering();
            ProtocolConcepts concepts = new ProtocolConcepts(tree, vocabulary, passages);
            Decider decider = new Decider(tree, concepts, vocabulary);
            boolean chinese = text.codePoints().filter(c -> c >= 0x4E00 && c <= 0x9FFF).count() * 3
                    > text.chars().filter(c -> c < 128 && Character.isLetter(c)).count();
            try (ProtocolIndex index = new ProtocolIndex(tree, concepts)) {
                for (Obligation o : picked) {
                    Map<Integer, Float> scores = index.search(s.catalog().query(o, chinese), Set.copyOf(o.kinds()),
                            5f, 20);
                    for (int p : scores.keySet()) {
                        assertTrue(p >= 0 && p < protocol.paragraphs().size() && concepts.isContent(p),
                                "the index answers with content paragraphs only: " + p);
                    }
                    Decider.Decision d = decider.decide(o, scores);
                    DecisionInvariants.check(o.id(), d, tree, passages, s.vocabulary(), s.idsByLabel());
                }
            }
        }
    }
}
