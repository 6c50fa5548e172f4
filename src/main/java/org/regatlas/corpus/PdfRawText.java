package org.regatlas.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The plain text of a PDF as a bare extractor gives it, line by line, for checking that a verbatim provision is a
 * sentence of its source independently of the layout reader (the integrity test, and the report of {@code add}): whitespace and punctuation aside (letters and digits
 * only, superscripts as digits), a provision must be a run of consecutive source lines, allowing it to step over
 * lines the reader left out between two of its lines (running headers, footnotes, margin numbers, page numbers).
 */
public final class PdfRawText {
    private static final int MAX_SKIPPED_LINES = 45;

    private final List<String> lines = new ArrayList<>();

    /** Reads {@code pdf}'s bare text. */
    public PdfRawText(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            for (String l : s.getText(d).split("\\R")) lines.add(norm(l));
        }
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder();
        n.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Whether {@code sentence} occurs in the source, as defined above. */
    public boolean contains(String sentence) {
        // a footnote marker may sit on a line of its own in the bare text, being raised
        return containsNormalized(norm(sentence)) || containsNormalized(norm(sentence.replaceAll("[⁰¹²³⁴⁵⁶⁷⁸⁹]", "")));
    }

    private boolean containsNormalized(String p) {
        if (p.isEmpty()) return true;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.contains(p)) return true;
            for (int k = l.indexOf(p.charAt(0)); k >= 0; k = l.indexOf(p.charAt(0), k + 1)) {
                String tail = l.substring(k);
                if (p.startsWith(tail) && rest(p.substring(tail.length()), i + 1)) return true;
            }
        }
        return false;
    }

    private boolean rest(String p, int from) {
        if (p.isEmpty()) return true;
        for (int j = from; j < Math.min(lines.size(), from + MAX_SKIPPED_LINES); j++) {
            String line = lines.get(j);
            // a margin line number runs into a line that starts with digits: try each split
            for (String l : List.of(line, line.replaceFirst("^\\d", ""), line.replaceFirst("^\\d{2}", ""),
                    line.replaceFirst("^\\d{3}", ""))) {
                if (l.isEmpty()) continue;
                if (l.startsWith(p)) return true;
                if (p.startsWith(l) && rest(p.substring(l.length()), j + 1)) return true;
            }
        }
        return false;
    }
}
