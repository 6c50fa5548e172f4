package org.regatlas.model;

import org.jspecify.annotations.Nullable;

/** A text in Chinese and/or English; at least one of the two is present. */
public record LocalizedText(@Nullable String zh, @Nullable String en) {
    public LocalizedText {
        zh = blankToNull(zh);
        en = blankToNull(en);
        Checks.argument(zh != null || en != null, "text", "needs a Chinese or an English value");
    }

    /** The text in the preferred language, falling back to the other one. */
    public String preferred(String lang) {
        if ("zh".equals(lang)) {
            return zh != null ? zh : en;
        }
        return en != null ? en : zh;
    }

    /** Both languages joined, for indexing. */
    public String joined() {
        if (zh == null) return en;
        if (en == null) return zh;
        return zh + "\n" + en;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
