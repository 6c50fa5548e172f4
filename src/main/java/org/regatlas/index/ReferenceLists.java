package org.regatlas.index;

import java.util.List;
import java.util.regex.Pattern;

/** Which sections of a source are its reference list (the literature it cites), by their heading. */
final class ReferenceLists {
    /** A heading that is only the list's name, numbered or not: "REFERENCES", "20. REFERENCES", "IV. References". */
    private static final Pattern HEADING = Pattern.compile(
            "(?i)\\s*(?:(?:[IVXLC]+|\\d+|[A-Z])[.)]?\\s+)?(?:references|bibliography|literature references|cited references"
                    + "|参考文献|引用文献)\\s*[:：]?\\s*");

    private ReferenceLists() {
    }

    /** Whether the section whose headings are {@code headings} (outermost first) is, or lies in, a reference list. */
    static boolean heads(List<String> headings) {
        for (String h : headings) {
            if (HEADING.matcher(h).matches()) return true;
        }
        return false;
    }
}
