package org.regatlas.corpus;

import java.util.List;

/**
 * One printed line of a PDF page with what its layout says about it: position, type size, weight, and its words.
 * A raised digit in a smaller size (a footnote marker) is already a superscript character in {@code text}.
 *
 * @param y     baseline, from the top of the page
 * @param size  the line's median type size in points
 * @param bold  true when most of its letters are set in a bold face
 */
record LayoutLine(int page, float x, float y, float size, boolean bold, List<Word> words) {
    /** A word as the extractor separated it, with its left and right edges. */
    record Word(String text, float x, float end, float size, boolean bold) {}

    LayoutLine {
        words = List.copyOf(words);
    }

    String text() {
        StringBuilder b = new StringBuilder();
        for (Word w : words) {
            if (!b.isEmpty()) b.append(' ');
            b.append(w.text());
        }
        return b.toString().strip();
    }

    boolean isBlank() {
        return text().isBlank();
    }

    /** The same line without its first word (a margin line number). */
    LayoutLine withoutFirstWord() {
        List<Word> rest = words.subList(1, words.size());
        float left = rest.isEmpty() ? x : rest.get(0).x();
        return new LayoutLine(page, left, y, size, bold, rest);
    }
}
