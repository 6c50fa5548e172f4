package org.regatlas.checklist.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The numbered entries of a protocol's table of contents ({@code 5.2. Exclusion Criteria ........ 28}), read from
 * extracted PDF text where the entries are often glued together ({@code ....151.1. Primary Objective}: page 15, then
 * entry 1.1). Where the page number and the next entry number run together, the split that makes the entry a
 * plausible successor of the previous one wins. Only decimal numbering is read.
 */
final class TableOfContents {
    private TableOfContents() {}

    /** One entry: its number as printed (without a trailing dot) and its title. */
    record Entry(String number, String title) {}

    /**
     * The table found in {@code lines}.
     *
     * @param firstLine index of its first line
     * @param lastLine  index of its last line
     */
    record Found(List<Entry> entries, int firstLine, int lastLine) {}

    private static final Pattern LEADER = Pattern.compile("\\s*(?:[.…·]\\s?){4,}\\s*");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,5})\\.?\\s*(\\S.*)$");
    private static final Pattern CAPTION = Pattern.compile("(?i)^.*?(?:table of contents|contents|目\\s*录)\\s*");
    private static final int MIN_ENTRIES = 3;
    private static final Pattern LATER_ENTRY = Pattern.compile("(?<=\\s)\\d{1,2}(?:\\.\\d{1,2}){0,5}\\.?\\s+\\p{L}");
    /** Characters of debris tolerated between a page number and the next entry. */
    private static final int MAX_JUNK = 24;

    /** The first table of contents in the text, or null when there is none with at least three numbered entries. */
    static @Nullable Found find(List<String> lines) {
        int first = -1;
        int last = -1;
        int limit = Math.max(40, lines.size() / 3);
        for (int i = 0; i < lines.size() && (first < 0 ? i < limit : i <= last + 3); i++) {
            if (LEADER.matcher(lines.get(i)).find()) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0) return null;
        StringBuilder joined = new StringBuilder();
        for (int i = first; i <= last; i++) joined.append(Legends.strip(lines.get(i))).append(' ');
        List<Entry> entries = parse(joined.toString());
        return entries.size() < MIN_ENTRIES ? null : new Found(entries, first, last);
    }

    /** Entries of a table of contents given as one string. */
    static List<Entry> parse(String toc) {
        String[] chunks = LEADER.split(toc);
        List<Entry> out = new ArrayList<>();
        int[] previous = null;
        int lastPage = 0;
        for (int k = 0; k < chunks.length; k++) {
            String chunk = k == 0 ? CAPTION.matcher(chunks[0].strip()).replaceFirst("") : chunks[k].strip();
            Choice choice = k == 0 ? entryOf(chunk, previous) : choose(chunk, previous, lastPage);
            if (choice == null) continue;
            lastPage = Math.max(lastPage, choice.page);
            if (choice.entry != null) {
                out.add(choice.entry);
                previous = DecimalNumber.parts(choice.entry.number());
            }
        }
        return out;
    }

    private record Choice(int page, @Nullable Entry entry) {}

    /** Splits "<page><next entry>" so that the entry continues the numbering. */
    private static @Nullable Choice choose(String chunk, int @Nullable [] previous, int lastPage) {
        Matcher digits = Pattern.compile("^(\\d{1,4})").matcher(chunk);
        if (!digits.find()) return null;
        String d = digits.group(1);
        Choice best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = 1; j <= d.length(); j++) {
            int page = Integer.parseInt(d.substring(0, j));
            if (page < lastPage) continue;      // pages never go back: "11 List of..." is page 11, not entry 1
            Choice c = entryOf(chunk.substring(j).strip(), previous);
            if (c == null || c.entry == null) continue;
            int distance = page >= lastPage ? page - lastPage : 1000 + lastPage - page;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = new Choice(page, c.entry);
            }
        }
        if (best != null) return best;
        int page = Integer.parseInt(d.length() > 3 ? d.substring(0, 3) : d);
        Matcher later = LATER_ENTRY.matcher(chunk);      // a redaction mark between page and entry ("53 CCI 5. ...")
        if (page >= lastPage && later.find(d.length()) && later.start() <= d.length() + MAX_JUNK) {
            Choice c = entryOf(chunk.substring(later.start()).strip(), previous);
            if (c != null && c.entry != null) return new Choice(page, c.entry);
        }
        return new Choice(page, null);
    }

    private static @Nullable Choice entryOf(String text, int @Nullable [] previous) {
        Matcher m = NUMBERED.matcher(text);
        if (!m.matches()) return null;
        int[] parts = DecimalNumber.parts(m.group(1));
        if (!DecimalNumber.succeeds(previous, parts, 3)) return null;
        String title = Legends.strip(m.group(2).strip());
        if (title.startsWith(m.group(1) + " ")) title = title.substring(m.group(1).length()).strip();
        if (title.isEmpty() || !Character.isLetter(title.codePointAt(0))) return null;
        return new Choice(0, new Entry(m.group(1), title));
    }
}
