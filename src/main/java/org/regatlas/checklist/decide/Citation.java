package org.regatlas.checklist.decide;

import org.jspecify.annotations.Nullable;
import org.regatlas.model.DocumentMeta;
import org.regatlas.model.Provision;

/**
 * Where an obligation comes from, as RA staff cite it: the document (title, agency, jurisdiction, status, date,
 * reference), the section and the provision id, plus a one-line label.
 */
public record Citation(String docId, String document, String jurisdiction, String agency, String documentStatus,
                       @Nullable String issued, @Nullable String reference, @Nullable String section,
                       String provenance, @Nullable String url, String label) {

    /** How an English text of ours is labelled in citations and exports. */
    public static final String UNOFFICIAL = "English: unofficial translation";
    /** How the team's Chinese of an English official sentence is labelled wherever it is shown. */
    public static final String UNOFFICIAL_ZH = "Chinese: unofficial translation";

    public static Citation of(Provision p, DocumentMeta m) {
        String title = m.title().preferred(m.language());
        String section = p.section().path();
        String date = m.issued() == null ? "" : ", " + m.issued();
        // English shown beside a Chinese official sentence is ours: the citation says so wherever it is quoted.
        String label = m.agency() + date + " — " + title + (section == null ? "" : " § " + section) + " [" + p.id()
                + "]" + (p.isTranslated("en") ? " (" + UNOFFICIAL + ")" : "");
        return new Citation(m.id(), title, m.jurisdiction().name(), m.agency(), m.status().wireName(), m.issued(),
                m.reference(), section, m.provenance().wireName(), m.url(), label);
    }
}
