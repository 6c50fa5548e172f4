package org.regatlas.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.regatlas.corpus.Taxonomy;

/**
 * Tags text with taxonomy topics: Chinese terms match as substrings, English terms as whole words (case-insensitive,
 * plural allowed), abbreviations as whole words, case-sensitive (so "OS" does not match "dose"). Thread-safe.
 */
public final class TopicTagger {
    /**
     * One topic's terms. {@code words} (Latin terms lower-cased) and {@code abbreviations} (as written) are a cheap
     * test first: the pattern, whose look-arounds are tried at every position, runs only on text that contains one.
     */
    private record Matcher(String topicId, List<String> zh, Pattern latin, List<String> words, List<String> abbreviations) {}

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<Matcher> matchers;
    private final Taxonomy taxonomy;

    public TopicTagger(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        List<Matcher> list = new ArrayList<>();
        for (Taxonomy.Topic t : taxonomy.topics()) {
            if (t.parent() == null) {
                continue;   // group topics (safety, efficacy...) are facets of their children, not tags
            }
            List<String> zh = new ArrayList<>();
            List<String> alternatives = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (String s : t.synonymsZh()) {
                if (s.codePoints().anyMatch(org.regatlas.corpus.HeadingPatterns::isCjk)) {
                    zh.add(SPACES.matcher(s).replaceAll(""));
                } else {
                    alternatives.add("(?i:" + word(s) + ")");
                    words.add(s.strip().toLowerCase(Locale.ROOT));
                }
            }
            for (String s : t.synonymsEn()) {
                alternatives.add("(?i:" + word(s) + ")");
                words.add(s.strip().toLowerCase(Locale.ROOT));
            }
            List<String> abbreviations = new ArrayList<>();
            for (String s : t.abbreviations()) {
                alternatives.add(word(s));
                abbreviations.add(s.strip());
            }
            Pattern latin = alternatives.isEmpty() ? null : Pattern.compile(String.join("|", alternatives));
            list.add(new Matcher(t.id(), zh, latin, List.copyOf(words), List.copyOf(abbreviations)));
        }
        this.matchers = List.copyOf(list);
    }

    /**
     * A Latin term as a whole word. A Chinese character is a boundary, not a letter: Chinese text writes "CRS和",
     * "ICANS等", "IL-6的" without spaces.
     */
    private static String word(String term) {
        String q = Pattern.quote(term.strip());
        return "(?<!" + WORD_CHAR + ")" + q + "(?:s|es)?(?!" + WORD_CHAR + ")";
    }

    private static final String WORD_CHAR = "[\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]]";

    /**
     * Chinese words that hold a topic's term but are another word: 提供者 (a provider: of a trading platform, of human
     * genetic resources) holds 供者 (a cell donor). Masked before matching, as Chinese has no word boundaries.
     */
    private static final List<String> FALSE_FRIENDS = List.of("提供者");

    /**
     * Words that name one topic's term in another sense, masked for that topic only (patterns; Chinese is matched
     * with whitespace removed). 成年/成人 (subject age) inside 未成年 (a minor: pediatric, not age) and 造成人身 (harm to
     * the person); 药物非临床安全性评价研究机构 names a kind of regulated institution in a list of parties, not a
     * toxicology study; an animal study's "training period" (learning tests of offspring) and "non-clinical
     * experience" (what animal studies showed) are not investigator training or clinical experience. Laws and regulations named as something to publicise, know or obey, or as where further rules sit
     * (宣传普及生物安全法律法规, 熟悉药品法律法规, 遵守有关法律法规, 法律法规规定的其他措施; 违反药品管理法律、法规) are
     * no legal basis a text discusses.
     */
    private static final java.util.Map<String, Pattern> SENSE_GUARDS = java.util.Map.of(
            "age", guard("未成年|造成人|构成人|形成人|完成人"),
            "toxicology", guard("非临床安全性评价研究机构"),
            "investigator-training", guard("training period|non-?clinical experience"),
            "legal-basis", guard("(?:宣传|普及|熟悉|遵守|有关|依照|按照)[^。；，]{0,8}法律法规|法律法规(?:规定|和|等)"
                    + "|药品管理法律"));

    private static Pattern guard(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** Topic ids found in {@code text}, in taxonomy order. */
    public List<String> tag(String text) {
        List<String> out = new ArrayList<>();
        String squashed = SPACES.matcher(text).replaceAll("");   // PDF text splits Chinese terms: 继发性 T 细胞肿瘤
        for (String w : FALSE_FRIENDS) squashed = squashed.replace(w, "\u3000");
        String lower = text.toLowerCase(Locale.ROOT);
        for (Matcher m : matchers) {
            Pattern guards = SENSE_GUARDS.get(m.topicId());
            String zh = guards == null ? squashed : masked(squashed, guards);
            String latin = guards == null ? text : masked(text, guards);
            String latinLower = guards == null ? lower : masked(lower, guards);
            boolean hit = m.zh().stream().anyMatch(zh::contains)
                    || (m.latin() != null && (m.words().stream().anyMatch(latinLower::contains)
                            || m.abbreviations().stream().anyMatch(latin::contains)) && m.latin().matcher(latin).find());
            if (hit) out.add(m.topicId());
        }
        return out;
    }

    /** {@code text} with each guarded word (Latin words in any case) blanked out. */
    private static String masked(String text, Pattern guards) {
        return guards.matcher(text).replaceAll("\u3000");
    }

    /** Protocol-section kinds for a set of topics, through the taxonomy's section-to-topic lists. */
    public List<String> protocolSections(List<String> topics) {
        var byTopic = taxonomy.sectionsByTopic();
        List<String> out = new ArrayList<>();
        for (String t : topics) {
            for (String s : byTopic.getOrDefault(t, List.of())) {
                if (!out.contains(s)) out.add(s);
            }
        }
        return out;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }
}
