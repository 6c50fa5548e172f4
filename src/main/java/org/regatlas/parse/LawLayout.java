package org.regatlas.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout of a PRC law or regulation (法律、行政法规、地方性法规): parts 第X编, chapters 第X章 and sections 第X节
 * as headings on lines of their own; articles 第X条 opening a line, the first paragraph (款) following on the same
 * line; each further line of the article a 款; items （一）（二）… lines of their own after a lead-in ending in ：.
 * This is the drafting form of the Legislation Law (立法法) and of the National Laws and Regulations Database.
 */
public final class LawLayout {
    private LawLayout() {}

    /** A structural unit above the article, outermost first; {@link #ARTICLE} is the unit that holds 款. */
    enum Unit {
        PART("编"), SUBPART("分编"), CHAPTER("章"), SECTION("节"), ARTICLE("条");

        final String suffix;

        Unit(String suffix) {
            this.suffix = suffix;
        }
    }

    /** A line that opens a unit: its unit, number, label as printed ({@code 第十五条}) and where the rest begins. */
    record Heading(Unit unit, int number, String label, String rest, int restOffset) {}

    private static final String NUMERAL = "[零〇一二三四五六七八九十百千]+";
    // A reference at the start of a paragraph (第十条规定的…) has no space after the label, a heading always has one.
    private static final Pattern HEADING = Pattern.compile(
            "^(第(" + NUMERAL + ")(分编|编|章|节|条))(?:[ \\t\\u3000]+(.*))?$");
    private static final Pattern ITEM = Pattern.compile("^[（(](" + NUMERAL + ")[)）]");
    /** Fewest articles, starting at 第一条, for a text to be read as a law. */
    private static final int MIN_ARTICLES = 3;

    /** Whether {@code text} is laid out as a law: at least three article lines, the first of them 第一条. */
    public static boolean recognises(String text) {
        int articles = 0;
        for (String line : text.split("\n")) {
            Optional<Heading> h = heading(line.strip());
            if (h.isEmpty() || h.get().unit() != Unit.ARTICLE) continue;
            if (articles == 0 && h.get().number() != 1) return false;
            if (++articles >= MIN_ARTICLES) return true;
        }
        return false;
    }

    /** The unit a stripped line opens, if it opens one. */
    static Optional<Heading> heading(String line) {
        Matcher m = HEADING.matcher(line);
        if (!m.matches()) return Optional.empty();
        Unit unit = switch (m.group(3)) {
            case "编" -> Unit.PART;
            case "分编" -> Unit.SUBPART;
            case "章" -> Unit.CHAPTER;
            case "节" -> Unit.SECTION;
            default -> Unit.ARTICLE;
        };
        String rest = m.group(4) == null ? "" : m.group(4);
        int restOffset = m.group(4) == null ? line.length() : m.start(4);
        return Optional.of(new Heading(unit, number(m.group(2)), m.group(1), rest, restOffset));
    }

    /** Whether a paragraph is an item （一）/(一) of a list. */
    static boolean isItem(String paragraph) {
        return ITEM.matcher(paragraph).find();
    }

    /** A Chinese numeral up to the thousands (一百五十五, 二十, 十一, 一百零三) as a number. */
    static int number(String numeral) {
        int total = 0;
        int digit = 0;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') d = 0;
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
            total += (digit == 0 ? 1 : digit) * unit;
            digit = 0;
        }
        return total + digit;
    }
}
