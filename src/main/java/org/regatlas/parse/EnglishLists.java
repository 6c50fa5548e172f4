package org.regatlas.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.regatlas.model.Conditions;
import org.regatlas.model.Provision;
import org.regatlas.model.Span;
import org.regatlas.model.Strength;

/**
 * Keeps an English list whose items cannot stand alone with its lead-in, as the Chinese rules keep （一）（二） items
 * with theirs: "Safety factors should take into account potential risks related to:" and "the novelty of the active
 * substance;" ... "uncertainties related to the estimation of the MABEL ..." are one sentence of the source, so they
 * are one provision, its items on lines of their own. Items that are sentences of their own ("Glass and air
 * interfaces can denature proteins ...") stay provisions of their own. The joined provision keeps the lead-in's id;
 * the items' ordinals are not reused, so every provision after the list keeps its id, and an item's old id leads to
 * the list that now holds it (the id ledger).
 */
final class EnglishLists {
    private EnglishLists() {}

    /** An item opening with a dash, bullet, "o ", a number or letter label ("1)", "(a)", "a.", "iv)"). */
    private static final Pattern LABELLED = Pattern.compile(
            "^(?:[−–\\-•o]\\s|\\(?(?:\\d{1,2}|[a-z]|[ivx]{1,4})[.)]\\s)");
    /** A word that makes a clause a sentence: an auxiliary, a modal or a form of "be". */
    private static final Pattern FINITE = Pattern.compile(
            "(?i)\\b(?:is|are|was|were|be|been|should|must|shall|may|might|can|could|will|would|has|have|had|does|do"
                    + "|did)\\b");
    /** A relative clause after a preposition ("indications for which life expectancy is short") is no main verb. */
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:for|in|of|to|by|with|on|at|from|under) (?:which|whom)\\b.*");
    /**
     * An item naming an act ("Quantitating or gathering information on ... in conditions that may specifically
     * elicit its production"): a finite verb inside its "that"/"which"/"who" clause is not its own.
     */
    private static final Pattern GERUND = Pattern.compile(
            "^(?!(?:During|Following|Including|Regarding|Concerning|Considering|Depending|According|Notwithstanding)\\b)"
                    + "[A-Z][a-z]+ing\\b");
    private static final Pattern CLAUSE = Pattern.compile("\\b(?:that|which|who)\\b[^,;()]*");
    /** A numbered or lettered sub-heading ("5. A copy of all labels ...:", "a. A description ...:"). */
    private static final Pattern SUB_HEADING = Pattern.compile("^\\(?(?:\\d{1,2}|[a-zA-Z])[.)]\\s");
    /** Ends where the sentence goes on: a semicolon, a comma, "; and", "; or", or a bare "and"/"or". */
    private static final Pattern CONTINUES = Pattern.compile("(?:[;,]|\\band|\\bor)$");
    /** A list no longer than this stays whole; a longer run is more likely a misread section than one sentence. */
    private static final int MAX_ITEMS = 16;

    /**
     * The provisions of one English document with each such list joined to its lead-in, a lettered sub-heading
     * joined to the sentence it heads, and heading lines left out; {@code listed} are the paths of the sections
     * whose lines are entries (abbreviations, references), which stay as they are.
     */
    static List<Provision> join(String text, List<Provision> provisions, Set<String> listed, TopicTagger tagger) {
        List<Provision> out = new ArrayList<>();
        for (int i = 0; i < provisions.size(); i++) {
            Provision lead = provisions.get(i);
            if (lead.section().path() != null && listed.contains(lead.section().path())) {
                out.add(lead);
                continue;
            }
            if (headsSentence(provisions, i)) {
                out.add(joined(text, provisions.subList(i, i + 2), tagger));
                i++;
                continue;
            }
            int end = leadIn(lead) ? listEnd(provisions, i) : i;
            if (end == i || end - i > MAX_ITEMS || subHeading(provisions, i, end)) {
                if (!headingLine(lead.text())) out.add(lead);
                continue;
            }
            out.add(joined(text, provisions.subList(i, end + 1), tagger));
            i = end;
        }
        return out;
    }

    /**
     * One unpunctuated line after the lead-in, followed by sentences, is the heading of what follows ("1.
     * Anaphylaxis", "Development of assays for anti-drug antibody (ADA)"), not the list's only item.
     */
    private static boolean subHeading(List<Provision> provisions, int lead, int end) {
        if (end != lead + 1) return false;
        String item = provisions.get(end).text().strip();
        return !item.isEmpty() && ".;:!?".indexOf(item.charAt(item.length() - 1)) < 0;
    }

    /**
     * A line that heads what follows rather than saying anything: a title ("ICH Harmonised Tripartite Guideline"), a
     * sub-heading the table of contents does not list ("Recommendations", "1. Anaphylaxis", "5.1 General
     * Comments", "2. Toxicology: Integrated Summary [21 CFR 312.23(a)(8)(ii)(a)]"). It is left out; its ordinal
     * is not reused and its old id answers 410 with what it said.
     */
    static boolean headingLine(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.contains("\n")) return false;
        if (CITED_SUB_HEADING.matcher(t).matches()) return true;
        String bare = LABEL.matcher(t).replaceFirst("");
        return ".;:?!,\"”’'".indexOf(t.charAt(t.length() - 1)) < 0 && !bare.isEmpty()
                && Character.isUpperCase(bare.codePointAt(0)) && bare.split("\\s+").length <= 12
                && !FINITE.matcher(bare).find();
    }

    /**
     * A numbered sub-heading that names the regulation it explains and ends in a colon ("3. Toxicology - Full Data
     * Tabulation [21 CFR 312.23(a)(8)(ii)(b)]:", "5. A copy of all labels and labeling to be provided to each
     * investigator [21 CFR 312.23(a)(7)(iv)(d)]:"): the title of the paragraphs after it, not a sentence.
     */
    private static final Pattern CITED_SUB_HEADING = Pattern.compile("\\d{1,2}\\.\\s+[A-Z][^\\n]*\\[[^\\]]*\\d[^\\]]*\\]\\s*:");

    /** Whether {@code text} is a numbered sub-heading with its regulation cited (see {@link #CITED_SUB_HEADING}). */
    static boolean citedSubHeading(String text) {
        return CITED_SUB_HEADING.matcher(text.strip()).matches();
    }

    /** A heading's number or letter: "5.", "5.1", "a.", "IV.". */
    private static final Pattern LABEL = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|[a-z]\\.|[IVX]{1,4}\\.)\\s+");

    /**
     * A sentence ending in a colon (or in "e.g.") introduces a list; a one-line heading label ("Preamble:") and a
     * numbered sub-heading do not.
     */
    private static boolean leadIn(Provision p) {
        String t = p.text().strip();
        return (t.endsWith(":") || t.endsWith(", e.g.")) && t.indexOf(' ') > 0 && !SUB_HEADING.matcher(t).find();
    }

    /** A lettered sub-heading ("f. Information to support ...:"); a numbered one heads paragraphs, not a sentence. */
    private static final Pattern LETTERED = Pattern.compile("^\\(?[a-z][.)]\\s");

    /**
     * A lettered sub-heading ending in a colon, followed in its section by the sentence it heads ("f.
     * Information to support the stability ...:" then "A brief description of the stability study ... should be
     * submitted."): one provision, as when both stand on one line ("c. The name and address of the drug product
     * manufacturer: The full street address(es) ... should be submitted."). Alone, the heading says nothing.
     */
    private static boolean headsSentence(List<Provision> provisions, int i) {
        String t = provisions.get(i).text().strip();
        if (i + 1 >= provisions.size() || !t.endsWith(":") || !LETTERED.matcher(t).find()) return false;
        Provision next = provisions.get(i + 1);
        String n = next.text().strip();
        return java.util.Objects.equals(next.section().path(), provisions.get(i).section().path())
                && n.endsWith(".") && !fragment(n);
    }

    /** The index of the last item of the list introduced at {@code lead}, or {@code lead} when none follows. */
    private static int listEnd(List<Provision> provisions, int lead) {
        String section = provisions.get(lead).section().path();
        int end = lead;
        for (int j = lead + 1; j < provisions.size(); j++) {
            Provision q = provisions.get(j);
            if (!java.util.Objects.equals(q.section().path(), section)) break;
            String previous = provisions.get(j - 1).text().strip();
            boolean goesOn = j > lead + 1 && CONTINUES.matcher(previous).find();
            Provision next = j + 1 < provisions.size() ? provisions.get(j + 1) : null;
            boolean bridges = q.text().strip().endsWith(";") && next != null
                    && java.util.Objects.equals(next.section().path(), section) && fragment(next.text());
            if (!(fragment(q.text()) || goesOn || bridges)) break;
            // an item that opens a list of its own belongs here only with that list: "b. Two or more of the
            // following ...:" followed by its criteria, not "a. A list of all components ...:" followed by prose
            if (q.text().strip().endsWith(":") && (next == null || !fragment(next.text()))) break;
            end = j;
        }
        return end;
    }

    /**
     * A piece that cannot stand alone as a sentence: it opens lower-case or with a list label, or names no finite
     * verb ("Evaluating immunogenicity ... in relevant animal models.", "When immunogenicity or intolerance
     * confounds conduct of longer term studies.", "Sponsors and Contract Research Organizations").
     */
    static boolean fragment(String text) {
        String t = text.strip();
        if (t.isEmpty()) return false;
        if (Character.isLowerCase(t.codePointAt(0)) || LABELLED.matcher(t).find()) return true;
        if (t.startsWith("When ") || t.startsWith("If ") || t.startsWith("Where ")) {
            return !t.contains(",");   // a condition with no main clause after it
        }
        String main = RELATIVE.matcher(t).replaceFirst("");
        if (GERUND.matcher(t).find()) main = CLAUSE.matcher(main).replaceAll("");
        return !FINITE.matcher(main).find();
    }

    /** One provision of the lead-in and its items: the source text from the first to the last, bullets and all. */
    private static Provision joined(String source, List<Provision> pieces, TopicTagger tagger) {
        Provision lead = pieces.get(0);
        Strength strength = lead.strength();
        boolean prohibition = false;
        Set<String> actors = new LinkedHashSet<>();
        Set<String> topics = new LinkedHashSet<>();
        Conditions conditions = Conditions.NONE;
        List<String> notes = new ArrayList<>();
        for (Provision p : pieces) {
            // the lead-in's obligation governs its items; a list under a descriptive lead-in is as strong as its
            // strongest obligation ("which may include ..." inside an item is not the list's permission)
            if (!lead.strength().isObligation() && p.strength().isObligation() && p.strength().compareTo(strength) < 0) {
                strength = p.strength();
            }
            prohibition |= p.prohibition();
            actors.addAll(p.actors());
            topics.addAll(p.topics());
            conditions = ConditionRules.union(conditions, p.conditions());
            if (p.note() != null && !notes.contains(p.note())) notes.add(p.note());
        }
        List<String> topicList = List.copyOf(topics);
        Span span = new Span(lead.span().start(), pieces.get(pieces.size() - 1).span().end());
        String text = source.substring(span.start(), span.end());
        return new Provision(lead.id(), lead.docId(), lead.section(), text, lead.lang(), lead.textEn(),
                lead.textZh(), strength, prohibition, List.copyOf(actors), topicList, conditions,
                tagger.protocolSections(topicList), span, lead.provenance(), lead.sources(), lead.confidence(),
                notes.isEmpty() ? null : String.join("\n", notes), lead.translated(), lead.factId(),
                lead.summarises());
    }
}
