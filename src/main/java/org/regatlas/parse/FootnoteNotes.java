package org.regatlas.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The footnotes a sentence cites by superscript marker (³, ¹²), as the note shown with its provision. */
final class FootnoteNotes {
    private FootnoteNotes() {}

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    // a marker follows a letter, a closing bracket or quote, or punctuation, never a digit (10⁶ is a power)
    private static final Pattern MARKER = Pattern.compile("(?<=[\\p{L}).,;:’”\"\\]])[⁰¹²³⁴⁵⁶⁷⁸⁹]+");

    /** "Footnote 3: ..." for each footnote cited, joined; null when none is cited or known. */
    static @Nullable String cited(String sentence, Map<String, String> footnotes) {
        if (footnotes.isEmpty()) return null;
        List<String> out = new ArrayList<>();
        Matcher m = MARKER.matcher(sentence);
        while (m.find()) {
            StringBuilder n = new StringBuilder();
            for (char c : m.group().toCharArray()) n.append((char) ('0' + SUPERSCRIPTS.indexOf(c)));
            String text = footnotes.get(n.toString());
            if (text != null) out.add("Footnote " + n + ": " + text);
        }
        return out.isEmpty() ? null : String.join("\n", out);
    }
}
