package org.regatlas.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Groups an article's paragraphs into its 款. A paragraph is a 款, except that a lead-in ending in ： keeps the items
 * that follow it, so the 款 reads whole: numbered items （一）（二）… as long as they run, or, unnumbered, the
 * paragraphs of a list (遵循下列原则：研发……；生产……；……。) up to the one that ends it, or to the end of the article
 * when each item is a sentence of its own (本条例下列用语的含义：新药，是指……。). A paragraph that refers back
 * (前款……) always opens a new 款. An item with no lead-in before it joins the 款 before it.
 */
final class LawClauses {
    private LawClauses() {}

    /** Paragraphs {@code [from, to)} of one 款. */
    record Range(int from, int to) {}

    private static final Pattern BACK_REFERENCE = Pattern.compile("^(?:前[一二三四五]?款|有前款|依照前款|违反前款|本条第)");

    static List<Range> group(List<String> paragraphs) {
        List<Range> out = new ArrayList<>();
        int i = 0;
        int n = paragraphs.size();
        while (i < n) {
            String p = paragraphs.get(i);
            if (LawLayout.isItem(p) && !out.isEmpty()) {
                Range prev = out.remove(out.size() - 1);
                out.add(new Range(prev.from(), i + 1));
                i++;
                continue;
            }
            int end = i + 1;
            if (leadIn(p) && end < n) {
                end = LawLayout.isItem(paragraphs.get(end)) ? afterNumberedItems(paragraphs, end)
                        : afterUnnumberedItems(paragraphs, end);
            }
            out.add(new Range(i, end));
            i = end;
        }
        return out;
    }

    private static boolean leadIn(String paragraph) {
        return paragraph.endsWith("：") || paragraph.endsWith(":");
    }

    private static int afterNumberedItems(List<String> paragraphs, int from) {
        int j = from;
        while (j < paragraphs.size() && LawLayout.isItem(paragraphs.get(j))) j++;
        return j;
    }

    /**
     * Items separated by ； end at the first that does not end in ；; items that are whole sentences run to the end of
     * the article. Either way a back reference (前款…) starts the next 款.
     */
    private static int afterUnnumberedItems(List<String> paragraphs, int from) {
        boolean semicolons = paragraphs.get(from).endsWith("；") || paragraphs.get(from).endsWith(";");
        int j = from;
        while (j < paragraphs.size() && !BACK_REFERENCE.matcher(paragraphs.get(j)).find()) {
            String item = paragraphs.get(j++);
            if (semicolons && !(item.endsWith("；") || item.endsWith(";"))) break;
        }
        return j;
    }
}
