package org.regatlas.search;

import java.util.regex.Pattern;

/**
 * Whether a query asks for a requirement: "when are ... required", "do we need", "must", "是否需要", "应当". Such a
 * question wants the rule, not the background that names the same subject. Thread-safe.
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
