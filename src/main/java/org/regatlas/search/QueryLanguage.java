package org.regatlas.search;

import java.util.regex.Pattern;
import org.regatlas.corpus.HeadingPatterns;
import org.regatlas.index.Fields;

/**
 * The language a query is written in, as {@link Fields#READABLE} bits: Chinese when its words are Chinese apart from
 * abbreviations and codes (CAR-T, CRS, PK/PD, T315I), English when it has no Chinese, neither (0) when it mixes
 * Chinese with English words. Thread-safe.
 */
final class QueryLanguage {
    private QueryLanguage() {}

    /** A Latin word that is a lower-case word of running English (not an abbreviation, code or product name). */
    private static final Pattern ENGLISH_WORD = Pattern.compile("(?<![A-Za-z])[a-z][a-z]{2,}(?![A-Za-z])");

    static int of(String text) {
        boolean chinese = text.codePoints().filter(HeadingPatterns::isCjk).count() >= 2;
        boolean english = ENGLISH_WORD.matcher(text).find();
        if (chinese && !english) return Fields.READ_ZH;
        if (!chinese && text.codePoints().anyMatch(Character::isLetter)) return Fields.READ_EN;
        return 0;
    }
}
