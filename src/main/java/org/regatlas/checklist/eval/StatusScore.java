package org.regatlas.checklist.eval;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A checklist scored against a status key. An item counts right when its status is one of the key's acceptable
 * statuses ({@code absent} when the checklist leaves it out).
 *
 * @param accuracy           right items of all key items
 * @param addressedPrecision of the key items the checklist calls addressed, those for which addressed is acceptable
 * @param missingPrecision   the same for missing
 * @param missingRecall      of the key items judged missing, those the checklist calls missing
 * @param confusion          judged status (the first acceptable one) to reported status to count
 * @param byOrigin           accuracy for each origin of key items (the audit's sample, the held-out draw...)
 */
public record StatusScore(String set, Ratio accuracy, Ratio addressedPrecision, Ratio missingPrecision,
                          Ratio missingRecall, Map<String, Map<String, Integer>> confusion,
                          Map<String, Ratio> byOrigin, List<Line> lines) {
    /** One key item: what the key accepts, what the checklist said, whether that is right. */
    public record Line(String provisionId, @Nullable Integer position, String origin, List<String> acceptable,
                       String reported, boolean right) {}

    public StatusScore {
        // sorted copies: the JSON form stays the same from run to run
        TreeMap<String, Map<String, Integer>> c = new TreeMap<>();
        confusion.forEach((k, v) -> c.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
        confusion = Collections.unmodifiableMap(c);
        byOrigin = Collections.unmodifiableMap(new TreeMap<>(byOrigin));
        lines = List.copyOf(lines);
    }
}
