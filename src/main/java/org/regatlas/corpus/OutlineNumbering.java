package org.regatlas.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each heading of an official guideline its level and section path from its numbering, the way the
 * agencies number: FDA I. / A. / 1. / a. (paths {@code III.F.2.a}), EMA and ICH 1. / 5.1. / 8.2.1 (paths as
 * printed), ICH "PART I" / "PART II" whose decimal numbering restarts (paths {@code II.3.2}). A heading without a
 * number (Executive summary, References, Notes, Appendix A) gets a path from its title ({@code references},
 * {@code II.notes}); only appendices, annexes and parts hold numbered headings below them.
 * Not thread-safe: one instance per document.
 */
final class OutlineNumbering {
    private static final Pattern PART = Pattern.compile("(?i)^part\\s+([IVX]{1,4})\\b.*");
    private static final Pattern DECIMAL = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,4})\\.?(?:\\s+|$).*");
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\.\\s.*");
    private static final Pattern UPPER = Pattern.compile("^([A-Z])\\.\\s.*");
    private static final Pattern LOWER = Pattern.compile("^([a-z])[.)]\\s.*");
    private static final Pattern CONTAINER = Pattern.compile("(?i)^(?:appendix|annex|attachment|addendum)\\b.*");

    /** A heading's place: its depth from 1 and its path. */
    record Place(int level, String path) {}

    private record Open(String key, String label, String path, boolean container) {}

    private final List<Open> stack = new ArrayList<>();
    private final List<String> used = new ArrayList<>();

    /** The place of the next heading, printed as {@code heading}. */
    Place next(String heading) {
        String h = heading.strip();
        Matcher m;
        if ((m = PART.matcher(h)).matches()) {
            stack.clear();
            return push("PART", m.group(1), m.group(1), true);
        }
        if ((m = DECIMAL.matcher(h)).matches()) {
            String number = m.group(1);
            int depth = number.split("\\.").length;
            popTo(o -> o.key.startsWith("D") && Integer.parseInt(o.key.substring(1)) >= depth);
            popLeaves();
            Open parent = top();
            // 5.1 is already hierarchical; a lone 1. sits under the heading it follows (FDA: III.F.1).
            String path = depth > 1 || parent == null ? prefix() + number : parent.path + "." + number;
            return pushPath("D" + depth, number, path, false);
        }
        String alpha = null;
        String key = null;
        if ((m = ROMAN.matcher(h)).matches() && !continuesLetters(m.group(1))) {
            alpha = m.group(1);
            key = "R";
        } else if ((m = UPPER.matcher(h)).matches() || (m = ROMAN.matcher(h)).matches()) {
            alpha = m.group(1);
            key = "U";
        } else if ((m = LOWER.matcher(h)).matches()) {
            alpha = m.group(1);
            key = "L";
        }
        if (key != null) {
            String k = key;
            popTo(o -> o.key.equals(k));
            popLeaves();
            Open parent = top();
            String path = parent == null ? alpha : parent.path + "." + alpha;
            return pushPath(key, alpha, path, false);
        }
        // Unnumbered: a sibling of the top-level headings (inside the current part, if any).
        popTo(o -> !o.key.equals("PART"));
        String slug = slug(h);
        return pushPath("N", slug, prefix() + slug, CONTAINER.matcher(h).matches());
    }

    /** "I." after "H." is the ninth letter, not the roman one (likewise V after U, X after W). */
    private boolean continuesLetters(String roman) {
        if (roman.length() != 1) return false;
        for (int i = stack.size() - 1; i >= 0; i--) {
            Open o = stack.get(i);
            if (o.key.equals("U")) return o.label.charAt(0) == roman.charAt(0) - 1;
        }
        return false;
    }

    private Place push(String key, String label, String path, boolean container) {
        return pushPath(key, label, path, container);
    }

    private Place pushPath(String key, String label, String path, boolean container) {
        String unique = path;
        for (int k = 2; used.contains(unique); k++) unique = path + "~" + k;
        used.add(unique);
        stack.add(new Open(key, label, unique, container));
        return new Place(stack.size(), unique);
    }

    private void popTo(java.util.function.Predicate<Open> sameLevel) {
        for (int i = 0; i < stack.size(); i++) {
            if (sameLevel.test(stack.get(i))) {
                stack.subList(i, stack.size()).clear();
                return;
            }
        }
    }

    /** An unnumbered heading other than a container holds nothing below it. */
    private void popLeaves() {
        while (!stack.isEmpty() && stack.get(stack.size() - 1).key.equals("N") && !stack.get(stack.size() - 1).container) {
            stack.remove(stack.size() - 1);
        }
    }

    private Open top() {
        return stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    /** The path prefix inside a part or an appendix ({@code II.}, {@code appendix-a.}). */
    private String prefix() {
        for (int i = stack.size() - 1; i >= 0; i--) {
            Open o = stack.get(i);
            if (o.container || o.key.equals("PART")) return o.path + ".";
        }
        return "";
    }

    static String slug(String heading) {
        String s = heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > 40 ? s.substring(0, 40).replaceAll("-+$", "") : (s.isEmpty() ? "section" : s);
    }
}
