package org.regatlas.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regatlas.index.Fields;

/**
 * Finds whose requirements a query asks about: an agency ("FDA", "药审中心"), a jurisdiction ("EU", "欧盟",
 * "国家药监局") or a document ("ICH S8"). The names are those of the regulators and regions the corpus metadata uses
 * (DESIGN.md, "Corpus format": {@code agency}, {@code jurisdiction}); a document is named by its ICH code. A name
 * counts only when the index holds that source. Immutable and thread-safe.
 */
final class NamedSources {
    /** A source the query names: {@code dimension} is agency, jurisdiction or doc (the filter names). */
    record Named(String dimension, String value, String surface, int start, int end) {}

    /** One way of writing a source's name: Latin names match whole words, acronyms case-sensitively. */
    private record Name(String text, String dimension, String value) {}

    /** Regulators and regions in both languages; a Chinese regulator named as such means China's rules. */
    private static final List<Name> NAMES = List.of(
            new Name("FDA", "agency", "FDA"), new Name("CBER", "agency", "FDA"),
            new Name("美国食品药品监督管理局", "agency", "FDA"), new Name("美国食品药品管理局", "agency", "FDA"),
            new Name("EMA", "agency", "EMA"), new Name("CHMP", "agency", "EMA"), new Name("PRAC", "agency", "EMA"),
            new Name("CAT", "agency", "EMA"), new Name("European Medicines Agency", "agency", "EMA"),
            new Name("欧洲药品管理局", "agency", "EMA"), new Name("欧洲药管局", "agency", "EMA"),
            new Name("CDE", "agency", "CDE"), new Name("药审中心", "agency", "CDE"), new Name("药品审评中心", "agency", "CDE"),
            new Name("Center for Drug Evaluation", "agency", "CDE"), new Name("ICH", "agency", "ICH"),
            new Name("ASTCT", "agency", "ASTCT"),
            new Name("NMPA", "jurisdiction", "CN"), new Name("CFDA", "jurisdiction", "CN"),
            new Name("国家药监局", "jurisdiction", "CN"), new Name("国家药品监督管理局", "jurisdiction", "CN"),
            new Name("药监局", "jurisdiction", "CN"), new Name("中国", "jurisdiction", "CN"),
            new Name("我国", "jurisdiction", "CN"), new Name("国内", "jurisdiction", "CN"),
            new Name("China", "jurisdiction", "CN"), new Name("Chinese", "jurisdiction", "CN"),
            new Name("PRC", "jurisdiction", "CN"),
            new Name("美国", "jurisdiction", "US"), new Name("US", "jurisdiction", "US"), new Name("USA", "jurisdiction", "US"),
            new Name("U.S.", "jurisdiction", "US"), new Name("United States", "jurisdiction", "US"),
            new Name("欧盟", "jurisdiction", "EU"), new Name("欧洲", "jurisdiction", "EU"), new Name("EU", "jurisdiction", "EU"),
            new Name("Europe", "jurisdiction", "EU"), new Name("European", "jurisdiction", "EU"),
            new Name("European Union", "jurisdiction", "EU"));

    /** An ICH guideline code after "ICH": S8, S6(R1), E11. */
    private static final Pattern ICH_CODE = Pattern.compile("\\bICH\\s*([SEQMZ]\\d{1,2}[A-Z]?)(?:\\s*\\(?\\s*R(\\d)\\s*\\)?)?",
            Pattern.CASE_INSENSITIVE);

    private final BiPredicate<String, String> known;
    private final Set<String> docIds;

    /**
     * @param known  whether the index holds a value of a dimension ({@code agency}, {@code jurisdiction})
     * @param docIds the documents of the index
     */
    NamedSources(BiPredicate<String, String> known, Set<String> docIds) {
        this.known = known;
        this.docIds = Set.copyOf(docIds);
    }

    /** The sources {@code text} names, in text order, none overlapping (the longest name wins). */
    List<Named> find(String text) {
        List<Named> found = new ArrayList<>();
        Matcher m = ICH_CODE.matcher(text);
        while (m.find()) {
            for (String doc : ichDocuments(m.group(1), m.group(2))) {
                found.add(new Named("doc", doc, m.group(), m.start(), m.end()));
            }
        }
        for (Name n : NAMES) {
            if (!known.test(n.dimension(), n.value())) continue;
            for (int at = text.indexOf(n.text()); at >= 0; at = text.indexOf(n.text(), at + 1)) {
                if (isLatin(n.text()) && !wholeWord(text, at, at + n.text().length())) continue;
                found.add(new Named(n.dimension(), n.value(), n.text(), at, at + n.text().length()));
            }
        }
        found.sort(Comparator.comparingInt(Named::start).thenComparing(Comparator.comparingInt(
                (Named x) -> x.end() - x.start()).reversed()));
        List<Named> out = new ArrayList<>();
        int end = -1;
        int start = -1;
        for (Named n : found) {
            if (n.start() >= end || (n.start() == start && n.end() == end)) {   // one name may stand for several documents
                out.add(n);
                start = n.start();
                end = n.end();
            }
        }
        return out;
    }

    /**
     * The corpus documents of an ICH code: {@code ich-s8}; for S6 every revision and form ({@code ich-s6r1},
     * {@code ich-s6r1-official}); for S6(R1) that revision's.
     */
    private List<String> ichDocuments(String code, String revision) {
        String base = "ich-" + code.toLowerCase(Locale.ROOT) + (revision == null ? "" : "r" + revision);
        Pattern same = Pattern.compile(Pattern.quote(base) + (revision == null ? "(r\\d)?" : "") + "(-[a-z0-9-]+)?");
        return docIds.stream().filter(id -> same.matcher(id).matches()).sorted().toList();
    }

    /** The index field of a dimension. */
    static String field(String dimension) {
        return switch (dimension) {
            case "agency" -> Fields.AGENCY;
            case "jurisdiction" -> Fields.JURISDICTION;
            default -> Fields.DOC_ID;
        };
    }

    private static boolean isLatin(String s) {
        return s.chars().allMatch(c -> c < 0x2E80);
    }

    private static boolean wholeWord(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }
}
