package org.regatlas.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Extracts a PDF's lines with their layout (position, type size, weight), page by page, in reading position
 * order. A digit printed smaller and raised above its line's baseline becomes a superscript digit (¹²³), so a
 * footnote marker stays in the text where it is printed but never runs into the word or number before it.
 * Not thread-safe; one instance per document.
 */
final class LayoutStripper extends PDFTextStripper {
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final List<List<LayoutLine>> pages = new ArrayList<>();
    private final List<List<TextPosition>> lineWords = new ArrayList<>();
    private final List<String> lineTexts = new ArrayList<>();
    private int page;

    private LayoutStripper() throws IOException {
        setSortByPosition(true);
    }

    /** The lines of every page of {@code pdf}, blank lines included (they separate paragraphs). */
    static List<List<LayoutLine>> lines(PDDocument pdf) throws IOException {
        LayoutStripper s = new LayoutStripper();
        s.getText(pdf);
        return s.pages;
    }

    @Override
    protected void startPage(PDPage p) throws IOException {
        page++;
        pages.add(new ArrayList<>());
        super.startPage(p);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        lineTexts.add(text);
        lineWords.add(new ArrayList<>(positions));
    }

    @Override
    protected void writeLineSeparator() {
        flush();
    }

    @Override
    protected void writeParagraphEnd() {
        flush();
    }

    @Override
    protected void endPage(PDPage p) throws IOException {
        flush();
        super.endPage(p);
    }

    private void flush() {
        List<TextPosition> all = lineWords.stream().flatMap(List::stream).toList();
        if (all.isEmpty() || pages.isEmpty()) {
            lineWords.clear();
            lineTexts.clear();
            return;
        }
        float[] sizes = new float[all.size()];
        for (int i = 0; i < sizes.length; i++) sizes[i] = all.get(i).getFontSizeInPt();
        Arrays.sort(sizes);
        float median = sizes[sizes.length / 2];
        float baseline = baseline(all, median);
        List<LayoutLine.Word> words = new ArrayList<>();
        int boldLetters = 0;
        int letters = 0;
        for (int w = 0; w < lineWords.size(); w++) {
            List<TextPosition> ps = lineWords.get(w);
            if (ps.isEmpty()) continue;
            // no-break and other fixed spaces are spacing, not text
            String text = wordText(lineTexts.get(w), ps, median, baseline).replaceAll("[\\u00A0\\u2000-\\u200B\\u202F]", " ");
            for (TextPosition p : ps) {
                if (Character.isLetter(p.getUnicode().isEmpty() ? ' ' : p.getUnicode().charAt(0))) {
                    letters++;
                    if (bold(p)) boldLetters++;
                }
            }
            if (text.length() != ps.size()) {
                TextPosition last = ps.get(ps.size() - 1);
                words.add(new LayoutLine.Word(text.strip(), ps.get(0).getXDirAdj(),
                        last.getXDirAdj() + last.getWidthDirAdj(), ps.get(ps.size() / 2).getFontSizeInPt(), bold(ps.get(0))));
                continue;
            }
            // a space glyph inside what the extractor calls a word still separates words (a margin number)
            int from = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i < text.length() && !Character.isWhitespace(text.charAt(i))) continue;
                if (i > from) {
                    TextPosition a = ps.get(from);
                    TextPosition b = ps.get(i - 1);
                    words.add(new LayoutLine.Word(text.substring(from, i), a.getXDirAdj(),
                            b.getXDirAdj() + b.getWidthDirAdj(), a.getFontSizeInPt(), bold(a)));
                }
                from = i + 1;
            }
        }
        TextPosition first = all.get(0);
        pages.get(pages.size() - 1).add(new LayoutLine(page, first.getXDirAdj(), baseline, median,
                letters > 0 && boldLetters * 2 > letters, words));
        lineWords.clear();
        lineTexts.clear();
    }

    /** The baseline of the glyphs set in the line's own size (superscripts sit above it). */
    private static float baseline(List<TextPosition> all, float median) {
        float sum = 0;
        int n = 0;
        for (TextPosition p : all) {
            if (p.getFontSizeInPt() >= median * 0.9f) {
                sum += p.getYDirAdj();
                n++;
            }
        }
        return n == 0 ? all.get(0).getYDirAdj() : sum / n;
    }

    private static String wordText(String text, List<TextPosition> ps, float median, float baseline) {
        if (text.length() != ps.size()) {
            return text;    // ligatures or combined glyphs: keep the extractor's text as it is
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < ps.size(); i++) {
            char c = text.charAt(i);
            TextPosition p = ps.get(i);
            boolean raised = p.getYDirAdj() < baseline - p.getFontSizeInPt() * 0.2f;
            boolean small = p.getFontSizeInPt() < median * 0.85f;
            b.append(c >= '0' && c <= '9' && raised && small ? SUPERSCRIPTS.charAt(c - '0') : c);
        }
        return b.toString();
    }

    private static boolean bold(TextPosition p) {
        if (p.getFont() == null) return false;
        String name = p.getFont().getName();
        if (name != null && name.toLowerCase(Locale.ROOT).contains("bold")) return true;
        var d = p.getFont().getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }
}
