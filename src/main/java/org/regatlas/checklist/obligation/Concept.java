package org.regatlas.checklist.obligation;

import java.util.List;
import org.regatlas.model.Checks;

/**
 * One concept an obligation can name and a protocol can state: a taxonomy topic, a glossary entry or one of the
 * checklist's own protocol terms ({@link ElementTerms}), with its terms in both languages.
 *
 * @param id        topic id, {@code g:<n>} for the n-th glossary entry, {@code x:...} for the checklist's own terms
 * @param label     a short English label for reasons
 * @param en        English terms (for queries and explanations)
 * @param zh        Chinese terms (for queries)
 * @param checkable whether a protocol is expected to state it: false for regulatory-process topics no protocol
 *                  section covers (pre-IND meetings) and for glossary words too general to check (treatment, patient)
 */
record Concept(String id, String label, List<String> en, List<String> zh, boolean checkable) {
    Concept {
        Checks.notBlank(id, "id");
        en = List.copyOf(en);
        zh = List.copyOf(zh);
    }
}
