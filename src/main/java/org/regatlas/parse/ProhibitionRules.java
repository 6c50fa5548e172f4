package org.regatlas.parse;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether a sentence forbids something: 不得, 禁止, 严禁, 不准, 不许, 不应, 不宜; must not, shall not, should not,
 * prohibited, forbidden ("may not" is left out: in guidance it mostly says that something is possibly not so). A
 * prohibition is flagged beside the strength rather than as one (不得 is MUST, 不宜 and "should not" SHOULD), so a
 * reader can list what is forbidden at any strength (issue 17: prohibitions flagged as such). Thread-safe.
 */
public final class ProhibitionRules {
    private ProhibitionRules() {}

    // 不得不 ("has to") and 不应答 (no response) only look like prohibitions.
    private static final Pattern ZH = Pattern.compile("不得(?!不)|禁止|严禁|不准|不许|不应(?!答)|不宜");
    private static final Pattern EN = Pattern.compile(
            "(?i)\\b(?:must|shall|should)\\s+not\\b|\\b(?:mustn't|shouldn't|shan't)\\b|\\bprohibit(?:s|ed)?\\b"
                    + "|\\bforbidden\\b|\\bnot\\s+be\\s+(?:permitted|allowed)\\b");

    /** True when {@code text} forbids something; false for null. */
    public static boolean forbids(@Nullable String text) {
        return text != null && (ZH.matcher(text).find() || EN.matcher(text).find());
    }
}
