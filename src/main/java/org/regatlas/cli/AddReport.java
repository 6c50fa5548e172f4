package org.regatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.regatlas.corpus.OfficialPdfReader;
import org.regatlas.corpus.SourceReaders;
import org.regatlas.model.Provision;
import org.regatlas.model.Section;
import org.regatlas.model.SectionRef;
import org.regatlas.model.Strength;
import org.regatlas.parse.ParsedDocument;
import org.regatlas.corpus.PdfRawText;

/**
 * What {@code regatlas add} prints after a document is read: its section tree with provision counts, then a parse
 * report (pages, headings against the document's own table of contents, sections per page, the share left out as
 * front matter, what was removed as page furniture) and warnings (sentences not found in the bare source text,
 * provisions that look like page furniture).
 */
final class AddReport {
    private AddReport() {}

    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)^(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?$|^[ivxlc]{1,6}$|.*\\.{5,}.*|^[⁰¹²³⁴⁵⁶⁷⁸⁹\\d\\s.]+$"
            + "|^contains nonbinding recommendations$|.*not for implementation$|.*\\bpage \\d+/\\d+$|^table of contents$");
    private static final int SHOWN_WARNINGS = 10;

    static void print(ParsedDocument doc, OfficialPdfReader.@Nullable Report layout, Path source, PrintStream out) {
        out.println(doc.meta().title().preferred(doc.meta().language()) + "  [" + doc.id() + "]");
        tree(doc.root(), doc.provisions(), 0, out);
        out.println();
        out.println("parse report");
        int sections = doc.root().flatten().size() - 1;
        out.printf("  provisions           %d %s%n", doc.provisions().size(), counts(doc.provisions()));
        out.printf("  sections             %d%n", sections);
        if (layout != null) {
            out.printf("  pages                %d (%.2f sections per page)%n", layout.pages(),
                    layout.pages() == 0 ? 0 : sections / (double) layout.pages());
            out.printf("  table of contents    %d entries, %d found as headings%s%n", layout.toc().size(),
                    layout.toc().size() - layout.missingFromToc().size(),
                    layout.toc().isEmpty() ? " (no TOC: headings from bold numbered lines)" : "");
            out.printf("  front matter         %.1f%% of the text left out (title pages, disclaimer)%n",
                    layout.frontMatterShare() * 100);
            out.printf("  page furniture       %d running header/footer and page-number lines, %d margin line numbers%n",
                    layout.furnitureLines(), layout.lineNumbers());
            out.printf("  footnotes            %d, attached as notes to the sentences citing them%n", layout.footnotes());
            out.printf("  tables and figures   %d lines left out; %d repeated title lines%n", layout.tableLines(),
                    layout.titleLines());
        }
        List<String> warnings = warnings(doc, layout, source);
        out.println(warnings.isEmpty() ? "no warnings" : warnings.size() + " warnings");
        warnings.stream().limit(SHOWN_WARNINGS).forEach(w -> out.println("  warning: " + w));
        if (warnings.size() > SHOWN_WARNINGS) out.println("  ... and " + (warnings.size() - SHOWN_WARNINGS) + " more");
    }

    private static List<String> warnings(ParsedDocument doc, OfficialPdfReader.@Nullable Report layout, Path source) {
        List<String> out = new ArrayList<>();
        if (layout != null) {
            layout.missingFromToc().forEach(e -> out.add("TOC entry not found as a heading: " + e));
            if (layout.frontMatterShare() > 0.15) out.add("more than 15% of the text was left out as front matter");
        }
        if (doc.root().children().isEmpty()) out.add("no headings found: the text is one section");
        PdfRawText raw = null;
        String plain = null;
        try {
            if (SourceReaders.extension(source).equals("pdf")) {
                raw = new PdfRawText(source);
            } else {
                plain = SourceReaders.read(source).text().replaceAll("\\s+", "");
            }
        } catch (IOException | org.regatlas.corpus.UnreadableSourceException e) {
            out.add("the source could not be read again to check sentences: " + e.getMessage());
        }
        Map<String, Integer> repeats = new HashMap<>();
        for (Provision p : doc.provisions()) repeats.merge(p.text(), 1, Integer::sum);
        for (Provision p : doc.provisions()) {
            boolean found = raw != null ? raw.contains(p.text())
                    : plain == null || plain.contains(p.text().replaceAll("\\s+", ""));
            if (!found) out.add("sentence not found in the raw text: " + p.id() + " " + shorten(p.text()));
            if (FURNITURE.matcher(p.text().strip()).matches() || repeats.get(p.text()) >= 3) {
                out.add("suspected page furniture: " + p.id() + " " + shorten(p.text()));
            }
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() > 90 ? s.substring(0, 87) + "..." : s;
    }

    private static void tree(Section s, List<Provision> provisions, int depth, PrintStream out) {
        String idPart = s.path() == null ? SectionRef.NO_SECTION : s.path();
        List<Provision> own = provisions.stream().filter(p -> p.section().idPart().equals(idPart)).toList();
        String name = s.heading().isEmpty() ? "(front matter)" : s.heading();
        out.printf("%s%-12s %s  — %d%n", "  ".repeat(depth), idPart, name, own.size());
        s.children().forEach(c -> tree(c, provisions, depth + 1, out));
    }

    private static Map<Strength, Integer> counts(List<Provision> provisions) {
        Map<Strength, Integer> c = new EnumMap<>(Strength.class);
        for (Provision p : provisions) c.merge(p.strength(), 1, Integer::sum);
        return c;
    }
}
