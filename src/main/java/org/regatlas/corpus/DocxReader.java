package org.regatlas.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * DOCX through Apache POI: paragraphs in body order, heading styles ({@code Heading 1}, {@code 标题 1}, outline
 * levels) marked as headings, tables one line per row. Zip bombs are refused by POI's inflate-ratio guard.
 */
public final class DocxReader implements SourceReader {
    static {
        ZipSecureFile.setMinInflateRatio(0.01);           // a higher compression ratio is treated as a zip bomb
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    @Override
    public SourceText read(Path file) throws UnreadableSourceException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> lines = new ArrayList<>();
            List<SourceText.HeadingHint> headings = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
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
        } catch (IOException | RuntimeException e) {
            // As for PDF: the library's wording stays in the cause, for the log.
            if (zipBomb(e)) {
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

    /** Whether POI refused the file for its inflation ratio (its message says "Zip bomb detected"). */
    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("zip bomb")) return true;
        }
        return false;
    }
}
