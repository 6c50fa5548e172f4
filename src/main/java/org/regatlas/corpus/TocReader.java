package org.regatlas.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a guideline's own table of contents and takes it out of the text. An entry ends with a dot leader
 * ("....." or ". . . .") and a page number; an entry printed over two or three lines starts with the lines before
 * its leader. The TOC title ("TABLE OF CONTENTS", "Table of contents", "CONTENTS") goes with it.
 */
final class TocReader {
    private TocReader() {}

    private static final Pattern TITLE = Pattern.compile("(?i)^(?:table\\s+of\\s+contents|contents)$");
    private static final Pattern LEADER = Pattern.compile("^(.*?\\S)\\s*(?:\\.\\s*){4,}\\s*(\\d{1,3}|[ivxlc]{1,6})$");
    private static final int MAX_ENTRY_LINES = 3;

    /** One entry as printed, leader and page number removed, lines joined. */
    record Entry(String text) {}

    /** Finds the TOC in {@code pages}, removes its lines in place and returns its entries (empty when none). */
    static List<Entry> extract(List<List<LayoutLine>> pages) {
        List<Entry> entries = new ArrayList<>();
        boolean inToc = false;
        boolean done = false;
        for (List<LayoutLine> page : pages) {
            if (done) break;
            List<LayoutLine> keep = new ArrayList<>();
            List<LayoutLine> pending = new ArrayList<>();
            for (LayoutLine l : page) {
                String t = l.text();
                if (done) {
                    keep.add(l);
                    continue;
                }
                if (!inToc) {
                    if (TITLE.matcher(t).matches()) {
                        inToc = true;
                    } else {
                        keep.add(l);
                    }
                    continue;
                }
                if (t.isEmpty()) continue;
                Matcher m = LEADER.matcher(t);
                if (m.matches()) {
                    StringBuilder b = new StringBuilder();
                    for (LayoutLine p : pending) b.append(p.text()).append(' ');
                    b.append(m.group(1));
                    entries.add(new Entry(b.toString().replaceAll("\\s+", " ").strip()));
                    pending.clear();
                } else if (pending.size() < MAX_ENTRY_LINES && !entries.isEmpty() || pending.isEmpty()) {
                    pending.add(l);
                } else {
                    // the text after the TOC begins: give back what was held as a possible entry start
                    keep.addAll(pending);
                    keep.add(l);
                    pending.clear();
                    done = true;
                }
            }
            if (inToc && !pending.isEmpty()) {
                if (entries.isEmpty()) {
                    keep.addAll(pending);
                } else {
                    keep.addAll(pending);
                    done = true;
                }
            }
            if (inToc && !entries.isEmpty() && !done) {
                // a TOC that ends at the page's end continues on the next page only if that page starts with entries
                done = false;
            }
            page.clear();
            page.addAll(keep);
        }
        return entries;
    }
}
