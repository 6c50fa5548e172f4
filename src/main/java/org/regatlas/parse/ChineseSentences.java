package org.regatlas.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.regatlas.model.Span;
import org.regatlas.model.Strength;

/**
 * Chinese sentence boundaries beyond the terminal marks of {@link SentenceSplitter}: a provision must be readable
 * on its own and carry one strength.
 *
 * <p>A piece after ； is joined to the sentence before it when it cannot stand alone:
 * <ul>
 *   <li>it opens with a connective (或、或者、以及、及、并、且), or it is the 另一方面 half of 一方面……；另一方面……;</li>
 *   <li>it is an item of a list the sentence introduced (包括、如下、以下、下列) and has no modal cue of its own
 *       (复发或难治性 B-ALL 通常包括 A；B；C；D 等。 stays one sentence, its lead-in with it);</li>
 *   <li>it has neither a modal cue nor an actor while the sentence before it is an obligation: the obligation's
 *       verb governs it (建议申办方……在个体水平评估……；在群体水平评估……).</li>
 * </ul>
 *
 * <p>A sentence whose clauses carry a SHOULD and a MUST (建议在方案中明确……，临床试验中应……) is split at the ，
 * where the second obligation starts, when that clause has its own subject or modal (it does not open with a
 * connective such as 并、以、从而) and no leading condition (如果……) would be stranded. Stored as one, the
 * recommendation would read as a requirement.
 */
final class ChineseSentences {
    private ChineseSentences() {}

    private static final Pattern CONNECTIVE = Pattern.compile("^(?:或者?|以及|及|并且?|且|而且|乃至)");
    private static final Pattern LIST_LEAD_IN = Pattern.compile("包括|如下|以下|下列");
    private static final Pattern ONE_SIDE = Pattern.compile("(?<!另)一方面");
    /** A clause continuing the one before it rather than starting its own statement. */
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(?:并|且|而|以|从而|同时|但|或|及|和|与|为|进而|使|并且|以便|以期|确保)");
    private static final Pattern LEADING_CONDITION = Pattern.compile("^(?:如果|若|倘若|假如|如|当|一旦|对于|针对|在.{0,30}(?:时|情况下|前|后)，)");

    /** The sentence spans of {@code text} with the joins and splits above applied. */
    static List<Span> refine(String text, List<Span> spans) {
        List<Span> joined = join(text, spans);
        List<Span> out = new ArrayList<>();
        for (Span s : joined) out.addAll(splitMixedObligations(text, s));
        return out;
    }

    private static List<Span> join(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                String before = text.substring(prev.start(), prev.end());
                String piece = text.substring(s.start(), s.end());
                if (before.endsWith("；") && continues(before, piece)) {
                    out.set(out.size() - 1, new Span(prev.start(), s.end()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /** True when {@code piece}, which follows {@code before} after a ；, cannot stand alone. */
    static boolean continues(String before, String piece) {
        if (CONNECTIVE.matcher(piece).find()) {
            return true;
        }
        if (piece.startsWith("另一方面") && ONE_SIDE.matcher(before).find()) {
            return true;
        }
        Strength own = StrengthRules.classify(piece);
        if (own != Strength.INFO) {
            return false;
        }
        if (LIST_LEAD_IN.matcher(before).find()) {
            return true;
        }
        return StrengthRules.classify(before).isObligation() && ActorRules.find(piece).isEmpty();
    }

    private static List<Span> splitMixedObligations(String text, Span span) {
        String sentence = text.substring(span.start(), span.end());
        if (!sentence.contains("，") || LEADING_CONDITION.matcher(sentence).find()) {
            return List.of(span);
        }
        Strength whole = StrengthRules.classify(sentence);
        if (whole != Strength.MUST) {
            return List.of(span);   // a mix of SHOULD and MUST is MUST as a whole
        }
        for (int i = sentence.indexOf('，'); i >= 0; i = sentence.indexOf('，', i + 1)) {
            Strength head = StrengthRules.classify(sentence.substring(0, i + 1));
            if (head == Strength.MUST) {
                return List.of(span);   // the requirement comes first: nothing weaker to keep apart
            }
            String tail = sentence.substring(i + 1).stripLeading();
            if (head != Strength.SHOULD || tail.isEmpty() || CONTINUATION.matcher(tail).find()) {
                continue;
            }
            String firstClause = tail.split("[，；：]", 2)[0];
            if (StrengthRules.classify(firstClause) == Strength.MUST) {
                List<Span> out = new ArrayList<>(List.of(new Span(span.start(), span.start() + i + 1)));
                out.addAll(splitMixedObligations(text, new Span(span.end() - tail.length(), span.end())));
                return out;
            }
        }
        return List.of(span);
    }
}
