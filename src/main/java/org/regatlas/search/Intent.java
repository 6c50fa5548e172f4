package org.regatlas.search;

import java.util.regex.Pattern;

/**
 * What a query asks for: a requirement ("when are ... required", "must", "是否需要", "应当"), which wants the rule, not
 * the background naming the same subject; what a thing is (a definition); or how long, how often, how many (a
 * quantity). Thread-safe.
 */
final class Intent {
    private Intent() {}

    /** Words that ask what is required, as users phrase it (English whole words, Chinese as written). */
    private static final Pattern REQUIREMENT = Pattern.compile(
            "(?i)\\b(required?|requirements?|requires|must|mandatory|obligat\\w*|need(ed|s)?|necessary|shall|should|"
                    + "have to|has to)\\b|要求|需要|必须|应当|是否需|强制|义务|须");

    /** Words that ask what a thing is: "definition of", "define", "定义", "什么是", "是指什么". */
    private static final Pattern DEFINITION = Pattern.compile(
            "(?i)\\b(defin(e|ed|es|ition|itions)|meaning of)\\b|定义|什么是|是什么|含义|是指什么|指的是");

    /**
     * Words that ask for a number: "how long", "how often", "how many", "how soon", "多少天", "多久", "几年", "频率".
     * ("How much" is left out: "how much CMC information" asks for content, not a number.)
     */
    private static final Pattern QUANTITY = Pattern.compile(
            "(?i)\\bhow\\s+(long|often|many|soon|frequently|old)\\b|\\bwhat\\s+(frequency|duration|interval)\\b"
                    + "|\\bhow\\s+much\\s+time\\b|多少|多久|多长|几[年天日周月个次例岁种]|频率|频次");

    /** The kind of answer a query asks for, when it asks for one in particular. */
    enum Answer {
        ANY, DEFINITION, QUANTITY;

        /** The name {@link Understood#answer} gives it; null for {@link #ANY}. */
        @org.jspecify.annotations.Nullable String wireName() {
            return this == ANY ? null : name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What a query asks for: what something is before how much of it, since "X 的定义" names no number. */
    static Answer answerAsked(String text) {
        if (asksDefinition(text)) return Answer.DEFINITION;
        return QUANTITY.matcher(text).find() ? Answer.QUANTITY : Answer.ANY;
    }

    static boolean asksRequirement(String text) {
        return REQUIREMENT.matcher(text).find();
    }

    /**
     * Whether a query asks what something is. Such a question wants the sentence that defines it ("免疫细胞治疗是指",
     * "本法所称药品，是指"), not the many that name it.
     */
    static boolean asksDefinition(String text) {
        return DEFINITION.matcher(text).find();
    }
}
