package org.regatlas.search;

/** HTML escaping for text shown in a page: highlights here, the checklist's HTML export downstream. */
public final class Html {
    private Html() {}

    /** Escapes text for HTML element content and attribute values; null becomes the empty string. */
    public static String escape(CharSequence s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        escape(s, 0, s.length(), out);
        return out.toString();
    }

    /** Appends {@code s[start, end)} escaped to {@code out}, without a copy of the part. */
    static void escape(CharSequence s, int start, int end, StringBuilder out) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
