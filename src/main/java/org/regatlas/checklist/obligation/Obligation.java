package org.regatlas.checklist.obligation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regatlas.model.Checks;
import org.regatlas.model.DocumentMeta;
import org.regatlas.model.Provision;

/**
 * A provision as a checklist obligation: its document, how it entered the checklist, the protocol-section kinds it
 * maps to and what a protocol must state to meet it.
 *
 * @param secondary whether the source reports the expectation second-hand (a review article) or applies only by
 *                  analogy; such items are shown but marked
 * @param caveat    why the item is secondary, for readers; null when it is not
 * @param chinese   the team's Chinese of an English official sentence, shown to readers and never checked: the
 *                  obligation is checked in its own words ({@code provision} carries no translation)
 */
public record Obligation(Provision provision, DocumentMeta document, ObligationLevel level, List<String> kinds,
                  Elements elements, boolean secondary, @Nullable String caveat, @Nullable String chinese) {
    public Obligation {
        Checks.notNull(provision, "provision");
        Checks.notNull(document, "document");
        kinds = List.copyOf(kinds);
    }

    /** An obligation with no translation of ours. */
    public Obligation(Provision provision, DocumentMeta document, ObligationLevel level, List<String> kinds,
                      Elements elements, boolean secondary, @Nullable String caveat) {
        this(provision, document, level, kinds, elements, secondary, caveat, null);
    }

    public String id() {
        return provision.id();
    }

    /** The text a reader sees: the provision's own wording (its English and Chinese for digests). */
    String text() {
        return provision.text();
    }
}
