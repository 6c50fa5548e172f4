package org.regatlas.checklist.read;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes confidentiality legends and running-header debris that PDF extraction glues to a title or heading
 * ("PFIZER CONFIDENTIAL Page 11", "This document and accompanying materials contain confidential information
 * belonging to ...", a disclosure stamp "Document No. ... I N F O R M A T I O N 3/129"). Page furniture removal takes
 * most of them off the page edges; these are the ones joined into a line before it could.
 */
public final class Legends {
    private Legends() {}

    private static final List<Pattern> SPANS = List.of(
            Pattern.compile("(?i)\\bDocument No\\..{0,300}?(?:I N F O R M A T I O N|terms of use)"
                    + "(?:\\s*\\d{1,4}\\s*/\\s*\\d{1,4})?"),
            Pattern.compile("(?i)\\b(?:[A-Z][\\w-]*\\s+)?CONFIDENTIAL\\s+Page\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?"),
            Pattern.compile("C O N F I D E N T I A L|I N F O R M A T I O N"),
            Pattern.compile("(?i)\\bdisclosed by health canada.{0,200}?terms of use"));
    /** A legend that runs to the end of the line once it starts. */
    private static final Pattern TAIL = Pattern.compile(
            "(?i)\\s*\\b(?:this (?:document|protocol)(?: and (?:any )?accompanying materials)? contains? "
                    + "(?:confidential|proprietary)|confidentiality statement|proprietary and confidential).*$");

    /** {@code s} without legends; {@code s} itself when nothing else would be left. */
    public static String strip(String s) {
        String out = s;
        for (Pattern p : SPANS) out = p.matcher(out).replaceAll(" ");
        out = TAIL.matcher(out).replaceFirst("");
        out = out.replaceAll("\\s{2,}", " ").strip();
        return out.codePoints().anyMatch(Character::isLetter) ? out : s.strip();
    }
}
