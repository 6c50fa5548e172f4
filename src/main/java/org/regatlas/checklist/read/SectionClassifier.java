package org.regatlas.checklist.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.regatlas.corpus.HeadingPatterns;
import org.regatlas.corpus.Taxonomy;
import org.regatlas.parse.TopicTagger;

/**
 * Classifies a protocol heading into the taxonomy's protocol-section kinds by the heading words each kind lists, in
 * Chinese (substring) and English (every word of the listed phrase present in the heading, plurals folded, so
 * "Safety Laboratory Assessments" is a safety assessment). The most specific match (the longest listed phrase) is
 * the primary kind; a heading that names no kind borrows the kinds of the topics it names ("Cytokine Release
 * Syndrome" → CRS → safety monitoring). Thread-safe.
 */
public final class SectionClassifier {
    private record Cue(String kind, String phrase, Set<String> words, boolean chinese) {}

    private static final Pattern APPARATUS = Pattern.compile(
            "(?i)abbreviation|acronym|glossary|definitions of terms|references|bibliography|table of contents|"
                    + "^contents$|list of (?:tables|figures)|signature|缩略语|缩写|参考文献|目录|签字页");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<Cue> cues = new ArrayList<>();
    private final TopicTagger tagger;

    public SectionClassifier(Taxonomy taxonomy) {
        this.tagger = new TopicTagger(taxonomy);
        for (Taxonomy.ProtocolSectionKind k : taxonomy.protocolSections()) {
            for (String zh : k.headingsZh()) cues.add(new Cue(k.id(), squash(zh), Set.of(), true));
            for (String en : k.headingsEn()) cues.add(new Cue(k.id(), en, words(en), false));
        }
    }

    /** Whether a heading names apparatus (abbreviations, references, contents) rather than protocol content. */
    static boolean isApparatus(String title) {
        return APPARATUS.matcher(title.strip()).find();
    }

    /** Kinds named by the heading's own words, most specific first; empty when it names none. */
    public List<String> kindsOf(String title) {
        String squashed = squash(title);
        Set<String> headingWords = words(title);
        List<Cue> hits = new ArrayList<>();
        for (Cue c : cues) {
            boolean hit = c.chinese() ? squashed.contains(c.phrase()) : !c.words().isEmpty()
                    && headingWords.containsAll(c.words());
            if (hit) hits.add(c);
        }
        hits.sort((a, b) -> Integer.compare(b.phrase().length(), a.phrase().length()));
        Set<String> kinds = new LinkedHashSet<>();
        for (Cue c : hits) kinds.add(c.kind());
        return List.copyOf(kinds);
    }

    /**
     * The section's kinds, primary first: those its heading words name; else those of the topics it names, led by the
     * parent's kind when that is among them; else the parent's. The parent's kinds follow the section's own, so a
     * subsection stays findable under its chapter's kind.
     */
    List<String> classify(String title, @Nullable List<String> parentKinds) {
        List<String> parent = parentKinds == null ? List.of() : parentKinds;
        Set<String> out = new LinkedHashSet<>(kindsOf(title));
        if (out.isEmpty()) {
            List<String> byTopic = tagger.protocolSections(tagger.tag(title));
            if (!parent.isEmpty() && byTopic.contains(parent.get(0))) out.add(parent.get(0));
            out.addAll(byTopic);
        }
        out.addAll(parent);
        return List.copyOf(out);
    }

    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
            if (w.isEmpty() || w.codePoints().anyMatch(HeadingPatterns::isCjk)) continue;
            out.add(fold(w));
        }
        return out;
    }

    /** Folds simple English plurals and the -ation/-ing families enough for headings. */
    private static String fold(String w) {
        if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
