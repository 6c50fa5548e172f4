package org.regatlas.corpus;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The sources a digest record names: the agency's own page it cites (FDA, EMA, the EU's legal texts, ICH, NMPA and
 * CDE, a national competent authority), then the pages the fact was seen at, which are never the citation. A source
 * is an http(s) URL or {@code doc:<id>}, a document of this corpus (the review article a fact was read in); never a
 * file path.
 */
public final class SourceLinks {
    private SourceLinks() {}

    private static final Pattern AGENCY = Pattern.compile("^https?://(?:[\\w-]+\\.)*(?:fda\\.gov|federalregister\\.gov"
            + "|govinfo\\.gov|ecfr\\.gov|regulations\\.gov|ema\\.europa\\.eu|eur-lex\\.europa\\.eu|ec\\.europa\\.eu"
            + "|ich\\.org|nmpa\\.gov\\.cn|cde\\.org\\.cn|pei\\.de)(?::\\d+)?(?:/|$)");
    private static final Pattern WELL_FORMED = Pattern.compile("https?://\\S+|doc:[a-z0-9][a-z0-9-]*");

    /** True for a page of a regulatory agency or of the law it applies. */
    public static boolean isAgencyPage(String source) {
        return AGENCY.matcher(source).find();
    }

    /** True for an http(s) URL or a {@code doc:<id>} reference. */
    public static boolean isWellFormed(String source) {
        return WELL_FORMED.matcher(source).matches();
    }

    /** The agency pages among {@code sources}, in their order. */
    public static List<String> citations(List<String> sources) {
        return sources.stream().filter(SourceLinks::isAgencyPage).toList();
    }

    /** The other sources: where the fact was seen. */
    public static List<String> seenAt(List<String> sources) {
        return sources.stream().filter(s -> !isAgencyPage(s)).toList();
    }
}
