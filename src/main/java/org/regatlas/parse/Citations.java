package org.regatlas.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.regatlas.corpus.IdLedger;
import org.regatlas.model.Provision;

/**
 * Keeps published provision ids working (issue 17, stable citations). An id the corpus no longer has answers with the
 * provision that now holds its text ({@link Resolution.Moved}) or says it was retired ({@link Resolution.Retired}),
 * from the ledger in {@code corpus/ids}. {@link #update} writes the ledger's next state for {@code regatlas ids};
 * {@link #resolve} answers at run time and works out a successor itself when the ledger was not updated after a
 * corpus change, so a citation never depends on someone remembering the command. Thread-safe.
 */
public final class Citations {
    /** What an id answers. */
    public sealed interface Resolution {
        /** The id is in the corpus. */
        record Live(Provision provision) implements Resolution {}

        /** The id's text is now under {@code successor}. */
        record Moved(String successor) implements Resolution {}

        /** The id was published, its text is in no provision now; {@code text} is what it said. */
        record Retired(String text) implements Resolution {}
    }

    private final Map<String, Provision> live;
    private final IdLedger ledger;
    private final TextMatcher matcher;
    private final Map<String, Optional<Resolution>> resolved = new ConcurrentHashMap<>();

    Citations(Map<String, Provision> live, IdLedger ledger) {
        this.live = live;
        this.ledger = ledger;
        this.matcher = new TextMatcher(live.values());
    }

    /** What {@code id} answers, or empty when it was never published. */
    public Optional<Resolution> resolve(String id) {
        Provision p = live.get(id);
        if (p != null) return Optional.of(new Resolution.Live(p));
        return resolved.computeIfAbsent(id, k -> {
            IdLedger.Entry e = ledger.entries().get(k);
            return e == null ? Optional.empty() : Optional.of(successorOf(e, new ArrayList<>()));
        });
    }

    /** The ledger's entry for a published id, if any. */
    public Optional<IdLedger.Entry> published(String id) {
        return Optional.ofNullable(ledger.entries().get(id));
    }

    /**
     * The ledger after this corpus is published: every live id with its current text, then every earlier id, each
     * with its successor or retired. Ids keep their order (live ones in reading order), so the files change little.
     */
    public IdLedger update() {
        Map<String, IdLedger.Entry> out = new LinkedHashMap<>();
        for (Provision p : live.values()) {
            out.put(p.id(), new IdLedger.Entry(p.id(), IdLedger.fingerprint(p.text()), p.text(), null, false));
        }
        for (IdLedger.Entry e : ledger.entries().values()) {
            if (out.containsKey(e.id())) continue;
            Resolution r = successorOf(e, new ArrayList<>());
            out.put(e.id(), r instanceof Resolution.Moved m
                    ? new IdLedger.Entry(e.id(), e.fingerprint(), e.text(), m.successor(), false)
                    : new IdLedger.Entry(e.id(), e.fingerprint(), e.text(), null, true));
        }
        return IdLedger.of(List.copyOf(out.values()));
    }

    /**
     * Where an id that left the corpus went: the live provision with the same text, else the most similar one (a
     * re-split sentence, a lightly amended 款), else wherever the successor the ledger recorded went, else nowhere.
     */
    private Resolution successorOf(IdLedger.Entry e, List<String> seen) {
        Optional<Provision> match = matcher.best(e.id(), e.text());
        if (match.isPresent()) return new Resolution.Moved(match.get().id());
        String recorded = e.movedTo();
        if (recorded != null && !seen.contains(recorded)) {
            if (live.containsKey(recorded)) return new Resolution.Moved(recorded);
            IdLedger.Entry next = ledger.entries().get(recorded);
            seen.add(e.id());
            if (next != null) {
                Resolution r = successorOf(next, seen);
                if (r instanceof Resolution.Moved) return r;
            }
        }
        return new Resolution.Retired(e.text());
    }

    /** Finds a text again among the live provisions: exactly first, then nearly (character bigrams). */
    static final class TextMatcher {
        /** Bigram Dice at or above which two texts are the same provision reworded. */
        static final double SAME = 0.75;
        /** Share of a text's bigrams found in another for one to hold the other (a merge or a split). */
        static final double HOLDS = 0.9;
        /** Fewest distinct bigrams of a text for a merge or split to be trusted (a heading-like scrap is not). */
        static final int MIN_BIGRAMS = 8;

        private final Map<String, List<Provision>> byFingerprint = new HashMap<>();
        private final Map<String, List<Provision>> byDoc = new HashMap<>();
        private final List<Provision> all;
        private final Map<String, Set<String>> bigrams = new ConcurrentHashMap<>();

        TextMatcher(Collection<Provision> provisions) {
            this.all = List.copyOf(provisions);
            for (Provision p : all) {
                byFingerprint.computeIfAbsent(IdLedger.fingerprint(p.text()), k -> new ArrayList<>()).add(p);
                byDoc.computeIfAbsent(p.docId(), k -> new ArrayList<>()).add(p);
            }
        }

        /**
         * Where a text is now: the same text in its own document, else a rewording, merge or split there, else the
         * same text or a rewording in another document (a document renamed).
         */
        Optional<Provision> best(String oldId, String text) {
            String doc = oldId.substring(0, Math.max(0, oldId.indexOf(':')));
            List<Provision> same = byFingerprint.getOrDefault(IdLedger.fingerprint(text), List.of());
            List<Provision> sameInDoc = same.stream().filter(p -> p.docId().equals(doc)).toList();
            if (!sameInDoc.isEmpty()) return Optional.of(closest(oldId, sameInDoc));
            // a list item joined to its lead-in is held whole by the list; a text found in several places went to
            // its own section; a left-out heading line ("Recommendations") leads to what it headed
            String section = oldId.substring(0, Math.max(0, oldId.lastIndexOf(':')));
            List<Provision> inDoc = byDoc.getOrDefault(doc, List.of());
            List<Provision> inSection = inDoc.stream().filter(p -> p.id().startsWith(section + ":")).toList();
            Optional<Provision> near = holding(text, before(oldId, inSection), 1)
                    .or(() -> headed(oldId, text, inSection))
                    .or(() -> holding(text, inSection, 12))
                    .or(() -> nearest(text, inSection, true))
                    .or(() -> nearest(text, inDoc, true));
            if (near.isPresent()) return near;
            if (!same.isEmpty()) return Optional.of(closest(oldId, same));
            return nearest(text, all, false);
        }

        /**
         * The first candidate whose text holds the whole of {@code text} (letters and digits compared), for a text
         * of at least {@code shortest} of them (a short one is held by chance anywhere but just before it).
         */
        private static Optional<Provision> holding(String text, List<Provision> candidates, int shortest) {
            String key = letters(text);
            if (key.length() < shortest) return Optional.empty();
            return candidates.stream().filter(p -> letters(p.text()).contains(key)).findFirst();
        }

        /** The live provision just before an old id in its section: where a list item joined to its lead-in is. */
        private static List<Provision> before(String oldId, List<Provision> inSection) {
            int ordinal = ordinal(oldId);
            Provision last = null;
            for (Provision p : inSection) if (ordinal(p.id()) < ordinal) last = p;
            return last == null ? List.of() : List.of(last);
        }

        /** For a heading line (a few words, no sentence end): the first provision after it in its section. */
        private static Optional<Provision> headed(String oldId, String text, List<Provision> inSection) {
            String t = text.strip();
            boolean heading = EnglishLists.citedSubHeading(t) || (!t.contains("\n") && t.split("\\s+").length <= 12
                    && !t.isEmpty() && ".;?!".indexOf(t.charAt(t.length() - 1)) < 0);
            int ordinal = ordinal(oldId);
            if (!heading || ordinal < 0) return Optional.empty();
            return inSection.stream().filter(p -> ordinal(p.id()) > ordinal).findFirst();
        }

        private static int ordinal(String id) {
            try {
                return Integer.parseInt(id.substring(id.lastIndexOf(':') + 1));
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        private static String letters(String text) {
            StringBuilder b = new StringBuilder();
            text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
            return b.toString();
        }

        /** Among equal texts: the one in the same section, else the first in reading order. */
        private static Provision closest(String oldId, List<Provision> candidates) {
            String section = oldId.substring(0, Math.max(0, oldId.lastIndexOf(':')));
            return candidates.stream().filter(p -> p.id().startsWith(section + ":")).findFirst()
                    .orElse(candidates.get(0));
        }

        /**
         * The most similar candidate that is the text reworded, or (within one document, for texts long enough to
         * say something) one that holds the text or is most of it: a merged or a split sentence.
         */
        private Optional<Provision> nearest(String text, List<Provision> candidates, boolean sameDocument) {
            Set<String> old = bigramsOf(text);
            if (old.isEmpty()) return Optional.empty();
            @Nullable Provision best = null;
            double bestScore = 0;
            for (Provision p : candidates) {
                Set<String> now = bigrams.computeIfAbsent(p.id(), k -> bigramsOf(p.text()));
                if (now.isEmpty()) continue;
                int shared = 0;
                for (String b : old) if (now.contains(b)) shared++;
                double dice = 2.0 * shared / (old.size() + now.size());
                double oldHeld = (double) shared / old.size();
                double nowHeld = (double) shared / now.size();
                boolean part = sameDocument && old.size() >= MIN_BIGRAMS
                        && (oldHeld >= HOLDS || (nowHeld >= HOLDS && now.size() * 5 >= old.size() * 2));
                boolean accept = dice >= SAME || part;
                double score = dice + oldHeld;
                if (accept && score > bestScore) {
                    best = p;
                    bestScore = score;
                }
            }
            return Optional.ofNullable(best);
        }

        private static Set<String> bigramsOf(String text) {
            String s = IdLedger.normalized(text);
            Set<String> out = new HashSet<>();
            for (int i = 0; i + 2 <= s.length(); i++) out.add(s.substring(i, i + 2));
            return out;
        }
    }
}
