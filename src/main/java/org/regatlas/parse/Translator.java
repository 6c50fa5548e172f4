package org.regatlas.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regatlas.corpus.Translation;
import org.regatlas.model.Provision;

/**
 * Gives each sentence of a verbatim document its display text and the team's translation ({@link Translation}),
 * marked as ours: English for a Chinese sentence, Chinese for an English one. A sentence is matched by its text with
 * whitespace removed: first as one entry, else as consecutive entries that together make it up (a list item joined to
 * its lead-in keeps the translations of both). A sentence with no match, and an entry that no sentence uses, are reported: after a
 * change of the source or of sentence splitting, a stale translation is found, never shown. Thread-safe.
 */
public final class Translator {
    private Translator() {}

    /**
     * The provisions with display text and translation, the ids of provisions in the source language left without a
     * translation, and the entries no provision uses.
     */
    public record Result(List<Provision> provisions, List<String> untranslated, List<Translation.Entry> orphaned) {
        public Result {
            provisions = List.copyOf(provisions);
            untranslated = List.copyOf(untranslated);
            orphaned = List.copyOf(orphaned);
        }
    }

    /** Applies {@code translation} to a verbatim document's {@code provisions} (in reading order). */
    public static Result apply(List<Provision> provisions, Translation translation) {
        Map<String, Translation.Entry> byKey = translation.byKey();
        Set<String> used = new LinkedHashSet<>();
        List<Provision> out = new ArrayList<>(provisions.size());
        List<String> untranslated = new ArrayList<>();
        // a translation into English is of the Chinese sentences, one into Chinese of the English ones
        String from = translation.lang().equals("zh") ? "en" : "zh";
        for (Provision p : provisions) {
            String translated = null;
            if (p.lang().equals(from)) {
                List<Translation.Entry> parts = match(Translation.key(p.text()), byKey, translation.entries());
                if (parts == null) {
                    untranslated.add(p.id());
                } else {
                    parts.forEach(e -> used.add(e.key()));
                    translated = String.join(from.equals("zh") ? " " : "",
                            parts.stream().map(Translation.Entry::text).toList());
                }
            }
            String display = DisplayText.of(p.text());
            out.add(from.equals("zh") ? p.withDisplay(display, translated == null ? null : capitalized(translated))
                    : p.withDisplayZh(display, translated));
        }
        List<Translation.Entry> orphaned = translation.entries().stream().filter(e -> !used.contains(e.key())).toList();
        return new Result(out, untranslated, orphaned);
    }

    /** A provision is shown on its own: its English starts as a sentence even where it continues a list or clause. */
    private static String capitalized(String s) {
        return s.isEmpty() || !Character.isLowerCase(s.charAt(0)) ? s
                : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    /** The entries that make up {@code key}: one whose key it is, or consecutive ones in reading order; else null. */
    private static @Nullable List<Translation.Entry> match(String key, Map<String, Translation.Entry> byKey,
                                                         List<Translation.Entry> entries) {
        Translation.Entry whole = byKey.get(key);
        if (whole != null) return List.of(whole);
        for (int i = 0; i < entries.size(); i++) {
            List<Translation.Entry> run = new ArrayList<>();
            int pos = 0;
            for (int j = i; j < entries.size() && pos < key.length(); j++) {
                String part = entries.get(j).key();
                if (!key.startsWith(part, pos)) break;
                run.add(entries.get(j));
                pos += part.length();
            }
            if (pos == key.length() && run.size() > 1) return run;
        }
        return null;
    }
}
