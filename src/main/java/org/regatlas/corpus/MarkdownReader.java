package org.regatlas.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regatlas.model.Deadline;

/**
 * Markdown: {@code #} headings become heading lines, paragraphs are joined, list markers and emphasis are dropped,
 * table rows become one line with cells separated by {@code |}. Only the visible text is kept.
 */
public final class MarkdownReader implements SourceReader {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}.*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])[*_](?![\\s*_])(.+?)(?<![\\s*])[*_](?![\\w*])");
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>");

    @Override
    public SourceText read(Path file) throws UnreadableSourceException {
        return parse(TextDecoding.readUtf8(file));
    }

    /** Converts Markdown source to lines of visible text. */
    public static SourceText parse(String markdown) {
        List<String> lines = new ArrayList<>();
        List<SourceText.HeadingHint> headings = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        boolean inFence = false;
        int n = 0;
        for (String raw : markdown.replace("\r\n", "\n").split("\n", -1)) {
            if (++n % 4096 == 0) Deadline.checkpoint();
            if (raw.strip().startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            Matcher h = HEADING.matcher(raw);
            Matcher li = LIST_ITEM.matcher(raw);
            if (!inFence && h.matches()) {
                flush(para, lines);
                headings.add(new SourceText.HeadingHint(lines.size(), h.group(1).length()));
                lines.add(inline(h.group(2)));
            } else if (raw.isBlank() || (!inFence && TABLE_RULE.matcher(raw).matches() && raw.contains("-"))) {
                flush(para, lines);
            } else if (!inFence && raw.strip().startsWith("|")) {
                flush(para, lines);
                lines.add(tableRow(raw));
            } else if (!inFence && li.matches()) {
                flush(para, lines);
                para.append(inline(li.group(1)));
            } else {
                if (para.length() > 0) para.append(' ');
                para.append(inline(raw.strip().replaceFirst("^>\\s?", "")));
            }
        }
        flush(para, lines);
        return SourceText.ofLines(lines, headings);
    }

    private static String tableRow(String raw) {
        String s = raw.strip();
        s = s.substring(1, s.endsWith("|") && s.length() > 1 ? s.length() - 1 : s.length());
        List<String> cells = new ArrayList<>();
        for (String c : s.split("\\|")) cells.add(inline(c.strip()));
        return String.join(" | ", cells);
    }

    /** Drops emphasis and link markup, keeping the visible words. */
    static String inline(String s) {
        // Most lines have no markup: skip the four scans (a protocol can have a hundred thousand lines).
        if (s.indexOf('[') < 0 && s.indexOf('*') < 0 && s.indexOf('_') < 0 && s.indexOf('`') < 0
                && s.indexOf('<') < 0) {
            return s.strip();
        }
        String out = LINK.matcher(s).replaceAll("$1");
        out = STRONG.matcher(out).replaceAll("$2");
        out = EMPHASIS.matcher(out).replaceAll("$1");
        return BREAK.matcher(out.replace("`", "")).replaceAll(" ").strip();
    }

    private static void flush(StringBuilder para, List<String> lines) {
        if (para.length() > 0) {
            lines.add(para.toString().strip());
            para.setLength(0);
        }
    }
}
