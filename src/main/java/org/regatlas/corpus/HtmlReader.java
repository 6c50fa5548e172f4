package org.regatlas.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML through jsoup: headings ({@code h1}-{@code h6}), paragraphs, list items and table rows each become a line
 * of visible text; scripts, styles and navigation are dropped. Markup never reaches the text.
 */
public final class HtmlReader implements SourceReader {
    private static final Set<String> BLOCKS = Set.of("p", "li", "tr", "dt", "dd", "blockquote", "pre", "caption",
            "figcaption", "h1", "h2", "h3", "h4", "h5", "h6");

    @Override
    public SourceText read(Path file) throws UnreadableSourceException {
        return parse(TextDecoding.readUtf8(file));
    }

    /** Converts an HTML string to lines of visible text. */
    public static SourceText parse(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, nav, head").remove();
        List<String> lines = new ArrayList<>();
        List<SourceText.HeadingHint> headings = new ArrayList<>();
        for (Element el : doc.body().getAllElements()) {
            String tag = el.normalName();
            if (!BLOCKS.contains(tag) || hasBlockAncestor(el)) {
                continue;
            }
            String text = tag.equals("tr") ? row(el) : el.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                headings.add(new SourceText.HeadingHint(lines.size(), tag.charAt(1) - '0'));
            }
            lines.add(text);
        }
        if (lines.isEmpty() && !doc.body().text().isBlank()) {
            lines.add(doc.body().text().strip());   // text in bare divs: keep it rather than lose it
        }
        return SourceText.ofLines(lines, headings);
    }

    private static String row(Element tr) {
        List<String> cells = new ArrayList<>();
        for (Element cell : tr.select("> th, > td")) {
            String t = cell.text().strip();
            if (!t.isEmpty()) cells.add(t);
        }
        return String.join(" | ", cells);
    }

    /** Nested blocks (a p inside an li) are covered by the outer block's text. */
    private static boolean hasBlockAncestor(Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (BLOCKS.contains(p.normalName())) return true;
        }
        return false;
    }

}
