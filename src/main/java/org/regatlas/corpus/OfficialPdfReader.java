package org.regatlas.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads an official guideline PDF (FDA guidance, EMA guideline, ICH guideline) from its layout rather than from
 * its bare text: page furniture and margin line numbers go, the table of contents is read and taken out, its
 * entries are found in the body as the headings (each with the path its numbering gives), footnotes are set apart,
 * what comes before the first heading (title pages, the disclaimer box) is front matter and left out, and
 * paragraphs are rebuilt from line spacing. Thread-safe (no state).
 */
public final class OfficialPdfReader implements SourceReader {
    private static final String BULLETS = "•●◆■▪·-–";
    /** A paragraph break is a blank line or a gap this many times the type size. */
    private static final float PARAGRAPH_GAP = 1.7f;

    /** What the layout found, for the parse report of {@code regatlas add}. */
    public record Report(int pages, List<String> toc, List<String> missingFromToc, int headings,
                         int frontMatterChars, int bodyChars, int furnitureLines, int lineNumbers, int footnotes,
                         int titleLines, int tableLines, Map<String, Integer> headingsPerPage) {
        public Report {
            toc = List.copyOf(toc);
            missingFromToc = List.copyOf(missingFromToc);
            headingsPerPage = Map.copyOf(headingsPerPage);
        }

        /** The share of the text left out as front matter, 0-1. */
        public double frontMatterShare() {
            int all = frontMatterChars + bodyChars;
            return all == 0 ? 0 : frontMatterChars / (double) all;
        }
    }

    /** The text with its report. */
    public record Result(SourceText text, Report report) {}

    @Override
    public SourceText read(Path file) throws UnreadableSourceException {
        return readWithReport(file).text();
    }

    /** Reads {@code file} and says what its layout gave. */
    public Result readWithReport(Path file) throws UnreadableSourceException {
        List<List<LayoutLine>> pages;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableSourceException(file, "is encrypted and does not allow text extraction");
            }
            pages = new ArrayList<>(LayoutStripper.lines(pdf).stream().map(p -> (List<LayoutLine>) new ArrayList<>(p)).toList());
        } catch (InvalidPasswordException e) {
            throw new UnreadableSourceException(file, "is password-protected", e);
        } catch (IOException | RuntimeException e) {
            // The library's class name means nothing to the person adding a guideline; the cause stays attached.
            throw new UnreadableSourceException(file, "is not a readable PDF (damaged, truncated or not a PDF)", e);
        }
        Result r = layout(pages);
        if (r.text().text().codePoints().filter(Character::isLetterOrDigit).count() < 20) {
            throw new UnreadableSourceException(file, "has no text layer (scanned images only?)");
        }
        return r;
    }

    static Result layout(List<List<LayoutLine>> pages) {
        int lineNumbers = LayoutFurniture.removeLineNumbers(pages);
        int furniture = LayoutFurniture.removeRunning(pages);
        float bodySize = bodySize(pages);
        List<TocReader.Entry> toc = TocReader.extract(pages);
        List<SourceText.Footnote> footnotes = FootnoteSplitter.extract(pages, bodySize);
        List<LayoutLine> lines = new ArrayList<>();
        for (List<LayoutLine> p : pages) lines.addAll(p);
        List<String> missing = new ArrayList<>();
        List<LayoutHeadings.Found> found = LayoutHeadings.find(lines, toc, bodySize, missing);
        Map<Integer, LayoutHeadings.Found> byLine = new HashMap<>();
        for (LayoutHeadings.Found f : found) byLine.put(f.line(), f);
        java.util.Set<Integer> skipped = new java.util.HashSet<>();
        int titleLines = LayoutTables.centredTitles(lines, bodySize, byLine.keySet(), skipped);
        int tableLines = LayoutTables.rows(lines, bodySize, byLine.keySet(), skipped);

        OutlineNumbering numbering = new OutlineNumbering();
        List<String> out = new ArrayList<>();
        List<SourceText.HeadingHint> hints = new ArrayList<>();
        Map<String, Integer> perPage = new HashMap<>();
        int front = 0;
        int body = 0;
        StringBuilder para = new StringBuilder();
        LayoutLine prev = null;
        LayoutLine blank = null;
        boolean started = found.isEmpty();   // no heading found: the whole text is body
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            if (skipped.contains(i)) continue;
            LayoutHeadings.Found f = byLine.get(i);
            if (f != null) {
                flush(para, out);
                OutlineNumbering.Place place = numbering.next(f.text());
                hints.add(new SourceText.HeadingHint(out.size(), place.level(), place.path(), kindOf(f.text())));
                out.add(f.text());
                perPage.merge(String.valueOf(l.page()), 1, Integer::sum);
                started = true;
                i += f.lines() - 1;
                prev = null;
                continue;
            }
            if (l.isBlank()) {
                blank = l;
                continue;
            }
            // a blank line breaks a paragraph only between two lines of its own page (not the page's last lines)
            boolean blankBreak = blank != null && prev != null && blank.page() == l.page() && prev.page() == l.page();
            blank = null;
            String t = l.text();
            if (!started) {
                front += t.length();
                continue;
            }
            body += t.length();
            if (prev == null || blankBreak || breaks(prev, l, para)) {
                flush(para, out);
                para.append(t);
            } else {
                join(para, t);
            }
            prev = l;
        }
        flush(para, out);
        Report report = new Report(pages.size(), toc.stream().map(TocReader.Entry::text).toList(), missing,
                found.size(), front, body, furniture, lineNumbers, footnotes.size(), titleLines, tableLines, perPage);
        return new Result(new SourceText(String.join("\n", out), hints, footnotes), report);
    }

    /** Whether {@code next} starts a new paragraph after {@code prev}. */
    private static boolean breaks(LayoutLine prev, LayoutLine next, StringBuilder para) {
        String t = next.text();
        boolean bullet = BULLETS.indexOf(t.charAt(0)) >= 0 && (t.length() == 1 || Character.isWhitespace(t.charAt(1)));
        if (bullet) return true;
        if (prev.page() != next.page()) {
            // a paragraph runs on over the page break unless it had ended and the next line starts a sentence
            String p = para.toString().strip();
            boolean ended = !p.isEmpty() && ".:;?!".indexOf(p.charAt(p.length() - 1)) >= 0;
            return ended && !Character.isLowerCase(t.charAt(0));
        }
        return next.y() - prev.y() > Math.max(prev.size(), next.size()) * PARAGRAPH_GAP;
    }

    /** Joins a wrapped line: one space, none after a hyphen that breaks a word ("FDA-" + "regulated"). */
    private static void join(StringBuilder para, String next) {
        if (!para.isEmpty()) {
            char last = para.charAt(para.length() - 1);
            boolean wordHyphen = last == '-' && para.length() > 1 && Character.isLetter(para.charAt(para.length() - 2));
            if (!(wordHyphen || last == '/')) para.append(' ');
        }
        para.append(next);
    }

    private static void flush(StringBuilder para, List<String> out) {
        String s = para.toString().replaceAll("[ \\t]+", " ").strip();
        if (!s.isEmpty()) out.add(s);
        para.setLength(0);
    }

    /** The size most of the text is set in (by characters), from the pages after the first. */
    static float bodySize(List<List<LayoutLine>> pages) {
        Map<Integer, Integer> chars = new HashMap<>();
        for (int p = pages.size() > 1 ? 1 : 0; p < pages.size(); p++) {
            for (LayoutLine l : pages.get(p)) chars.merge(Math.round(l.size() * 2), l.text().length(), Integer::sum);
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(12f);
    }

    static String kindOf(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (h.matches(".*\\b(?:abbreviations|acronyms|glossary)\\b.*")) return SourceText.ABBREVIATIONS;
        if (h.matches("^(?:\\d+\\.?\\s*)?(?:references|bibliography|literature)\\b.*")) return SourceText.REFERENCES;
        return SourceText.BODY;
    }
}
