package org.regatlas.search;

import java.util.List;
import org.regatlas.model.LocalizedText;

/**
 * What each jurisdiction says on one topic: provisions grouped by CN, US, EU and INTL, strongest first and then
 * newest document first. A group with no provisions is present and empty, so "nothing found" is explicit.
 * {@code leftOut}: the words of a query too long to search whole that were left out ({@link Understood#leftOut()}).
 */
public record Comparison(String topicId, LocalizedText topicLabel, String query, List<Group> groups,
                         List<String> leftOut) {
    /**
     * The provisions of one jurisdiction; {@code total} may exceed the listed ones, and is a lower bound when
     * {@code totalExact} is false (past 10,000 matches, as in search).
     */
    public record Group(String jurisdiction, long total, boolean totalExact, List<SearchHit> provisions) {
        public Group {
            provisions = List.copyOf(provisions);
        }
    }

    public Comparison {
        groups = List.copyOf(groups);
        leftOut = List.copyOf(leftOut);
    }

    /** A comparison whose words were searched whole. */
    public Comparison(String topicId, LocalizedText topicLabel, String query, List<Group> groups) {
        this(topicId, topicLabel, query, groups, List.of());
    }
}
