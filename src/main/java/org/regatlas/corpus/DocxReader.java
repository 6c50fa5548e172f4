package org.regatlas.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.regatlas.model.Deadline;

/**
 * DOCX through Apache POI: paragraphs in body order, heading styles ({@code Heading 1}, {@code 标题 1}, outline
 * levels) marked as headings, tables one line per row. Zip bombs are refused by POI's inflate-ratio guard.
 */
public final class DocxReader implements SourceReader {
    static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    /** Paragraphs a document may have: POI builds each in memory, and no step can stop it midway. */
    static final int MAX_PARAGRAPHS = 100_000;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);           // a higher compression ratio is treated as a zip bomb
        // A part that unpacks past this is refused before POI builds it in memory (about ten times its size): a
        // 300-page protocol's document.xml is a few megabytes.
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    @Override
    public SourceText read(Path file) throws UnreadableSourceException {
        refuseOverlongBody(file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> lines = new ArrayList<>();
            List<SourceText.HeadingHint> headings = new ArrayList<>();
            int seen = 0;
            for (IBodyElement element : doc.getBodyElements()) {
                if (++seen % 1024 == 0) Deadline.checkpoint();
                if (element instanceof XWPFParagraph p) {
                    String text = p.getText().strip();
                    if (text.isEmpty()) continue;
                    int level = headingLevel(doc, p);
                    if (level > 0) headings.add(new SourceText.HeadingHint(lines.size(), level));
                    lines.add(text);
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            String c = cell.getText().strip().replaceAll("\\s*\\n\\s*", " ");
                            if (!c.isEmpty()) cells.add(c);
                        }
                        if (!cells.isEmpty()) lines.add(String.join(" | ", cells));
                    }
                }
            }
            if (lines.isEmpty()) {
                throw new UnreadableSourceException(file, "has no text");
            }
            return SourceText.ofLines(lines, headings);
        } catch (Deadline.DeadlineExceededException e) {
            throw e;                                  // the caller's time is up: not a fault of the file
        } catch (IOException | RuntimeException e) {
            // As for PDF: the library's wording stays in the cause, for the log.
            if (zipBomb(e, "max size")) {
                throw new UnreadableSourceException(file, "is refused: a part of it unpacks to over "
                        + MAX_PART_BYTES / 1024 / 1024 + " MB, far more than any protocol", e);
            }
            if (zipBomb(e, "zip bomb")) {
                throw new UnreadableSourceException(file, "is refused: its parts inflate to far more than the file's "
                        + "size (a zip bomb)", e);
            }
            throw new UnreadableSourceException(file, "is not a readable DOCX (damaged, truncated, or not a Word "
                    + "2007+ document; save it again as .docx)", e);
        }
    }

    /** 1-9 for heading paragraphs (by style name or outline level), 0 for body text. */
    private static int headingLevel(XWPFDocument doc, XWPFParagraph p) {
        String styleId = p.getStyleID();
        if (styleId == null) return 0;
        String name = styleId;
        var style = doc.getStyles() == null ? null : doc.getStyles().getStyle(styleId);
        if (style != null && style.getName() != null) name = style.getName();
        String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
        for (String prefix : List.of("heading", "标题", "title")) {
            if (n.startsWith(prefix)) {
                String rest = n.substring(prefix.length());
                if (rest.isEmpty()) return 1;
                if (rest.length() == 1 && Character.isDigit(rest.charAt(0))) return rest.charAt(0) - '0';
            }
        }
        return 0;
    }

    /**
     * Whether POI refused the file as a zip bomb for the reason its message names with {@code phrase}: "max size"
     * (a part over {@link #MAX_PART_BYTES}) or else its inflation ratio (both say "Zip bomb detected").
     */
    private static boolean zipBomb(Throwable e, String phrase) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb") && m.contains(phrase)) return true;
        }
        return false;
    }

    /**
     * Counts the body's paragraphs in one streaming pass before POI builds the document in memory, and refuses a
     * document with more than {@link #MAX_PARAGRAPHS}: a 500 KB upload of short paragraphs otherwise keeps a core in
     * POI's parser for longer than any deadline can cut short. A file that is not a readable zip is left to POI to
     * refuse with its reason.
     */
    private static void refuseOverlongBody(Path file) throws UnreadableSourceException {
        long paragraphs;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry body = zip.getEntry("word/document.xml");
            if (body == null) return;
            try (InputStream in = zip.getInputStream(body)) {
                paragraphs = countParagraphs(in, MAX_PARAGRAPHS + 1L);
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (paragraphs > MAX_PARAGRAPHS) {
            throw new UnreadableSourceException(file, String.format(Locale.ROOT, "has over %,d paragraphs, far more "
                    + "than any protocol", MAX_PARAGRAPHS));
        }
    }

    /** Occurrences of a {@code <w:p>} or {@code <w:p ...>} start tag, counting up to {@code stopAt}. */
    static long countParagraphs(InputStream xml, long stopAt) throws IOException {
        byte[] tag = "<w:p".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] buf = new byte[64 * 1024];
        long count = 0;
        int matched = 0;                                 // bytes of the tag matched so far, across reads
        for (int n; (n = xml.read(buf)) > 0; ) {
            for (int i = 0; i < n; i++) {
                byte b = buf[i];
                if (matched == tag.length) {
                    if (b == '>' || b == ' ' || b == '/') {
                        if (++count >= stopAt) return count;
                    }
                    matched = b == '<' ? 1 : 0;
                } else if (b == tag[matched]) {
                    matched++;
                } else {
                    matched = b == '<' ? 1 : 0;
                }
            }
            Deadline.checkpoint();
        }
        return count;
    }
}
