package org.regatlas.checklist.applicability;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.structure.PassageFilter;
import org.regatlas.checklist.structure.SectionTree;
import org.regatlas.model.Conditions;
import org.regatlas.model.Jurisdiction;
import org.regatlas.parse.ConditionRules;

/**
 * Turns a {@link ProfileRequest} into a {@link Profile}: given values are normalized to the corpus's condition values
 * ("B-ALL" → b-all, "LBCL" → lbcl and b-nhl, "randomised vs SOC" → randomized); fields left blank are inferred from
 * the protocol ({@link ProfileInference}); jurisdictions default to CN, US and EU. An unknown value is refused with
 * the values that are known.
 */
public final class ProfileResolver {
    private ProfileResolver() {}

    /** The condition values a profile may use, per dimension (corpus/README.md). */
    public static final Map<String, List<String>> KNOWN = Map.of(
            "indication", List.of("b-all", "b-nhl", "lbcl", "mm", "t-all", "cll", "solid-tumor"),
            "population", List.of("adult", "pediatric"),
            "design", List.of("early-phase", "dose-finding", "single-arm", "randomized", "confirmatory"),
            "product", List.of("autologous", "allogeneic", "car-t", "car-nk", "tcr-t"),
            "line", List.of("relapsed-refractory", "earlier-line"));

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("randomised", "randomized"), Map.entry("rct", "randomized"), Map.entry("paediatric", "pediatric"),
            Map.entry("children", "pediatric"), Map.entry("adults", "adult"), Map.entry("rr", "relapsed-refractory"),
            Map.entry("r/r", "relapsed-refractory"), Map.entry("relapsed/refractory", "relapsed-refractory"),
            Map.entry("second-line", "earlier-line"), Map.entry("2l", "earlier-line"), Map.entry("first-line",
                    "earlier-line"),
            Map.entry("phase-1", "early-phase"), Map.entry("phase-i", "early-phase"), Map.entry("dlbcl", "lbcl"),
            Map.entry("nhl", "b-nhl"), Map.entry("myeloma", "mm"), Map.entry("allo", "allogeneic"), Map.entry("auto",
                    "autologous"),
            Map.entry("cart", "car-t"), Map.entry("car-t-cell", "car-t"));

    /** The profile for {@code protocol}; throws {@link IllegalArgumentException} naming an unknown value. */
    public static Profile resolve(ProfileRequest request, Protocol protocol) {
        List<String> inferred = new ArrayList<>();
        List<String> defaulted = new ArrayList<>();
        Set<Jurisdiction> jurisdictions = jurisdictions(request.jurisdiction());
        if (jurisdictions.isEmpty()) {
            jurisdictions = EnumSet.of(Jurisdiction.CN, Jurisdiction.US, Jurisdiction.EU);
            defaulted.add("jurisdiction");
        }
        Conditions guessed = null;
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String dim : Conditions.DIMENSIONS) {
            String given = request.value(dim);
            if (ProfileRequest.given(given)) {
                values.put(dim, normalize(dim, given));
                continue;
            }
            if (guessed == null) guessed = ProfileInference.infer(protocol);
            List<String> v = guessed.get(dim);
            if (!v.isEmpty()) {
                values.put(dim, v);
                inferred.add(dim);
            }
        }
        List<Modality> modality = modality(request.modality());
        if (modality.isEmpty()) {
            modality = ModalityInference.infer(protocol, new PassageFilter(new SectionTree(protocol)));
            if (!modality.isEmpty()) inferred.add("modality");
        } else {
            syncProduct(values, modality);
        }
        return new Profile(jurisdictions, new Conditions(values), modality, inferred, defaulted);
    }

    /** The modalities given ("car-t", "bispecific, small molecule"); empty when none; refused when unknown. */
    static List<Modality> modality(String raw) {
        List<Modality> out = new ArrayList<>();
        for (String token : ProfileRequest.split(raw)) {
            Modality m = Modality.named(token).orElseThrow(() -> new IllegalArgumentException("unknown modality '"
                    + token + "' (known: " + String.join(", ", Modality.wireNames()) + ")"));
            if (!out.contains(m)) out.add(m);
        }
        return out;
    }

    /** A given CAR-T or TCR-T modality is the product's modality too (the dimension provisions are tagged with). */
    private static void syncProduct(Map<String, List<String>> values, List<Modality> modality) {
        List<String> product = new ArrayList<>(values.getOrDefault("product", List.of()));
        product.removeAll(List.of("car-t", "car-nk", "tcr-t"));
        if (modality.contains(Modality.CAR_T)) product.add("car-t");
        if (modality.contains(Modality.TCR_T)) product.add("tcr-t");
        if (product.isEmpty()) values.remove("product");
        else values.put("product", product);
    }

    static Set<Jurisdiction> jurisdictions(String raw) {
        Set<Jurisdiction> out = EnumSet.noneOf(Jurisdiction.class);
        for (String s : ProfileRequest.split(raw)) {
            try {
                out.add(Jurisdiction.valueOf(s.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown jurisdiction '" + s + "' (use CN, US, EU or INTL)");
            }
        }
        return out;
    }

    /**
     * Normalizes the given values of one dimension. A token that names another dimension's value ("second line" given
     * with the indication) is ignored rather than refused; a token that names nothing known is refused.
     */
    static List<String> normalize(String dimension, String raw) {
        Set<String> out = new LinkedHashSet<>();
        List<String> known = KNOWN.get(dimension);
        for (String token : ProfileRequest.split(raw)) {
            String id = ALIASES.getOrDefault(token.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-"), 
                    token.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-"));
            if (known.contains(id)) {
                out.add(id);
                continue;
            }
            Conditions cues = ConditionRules.find(token);
            out.addAll(cues.get(dimension));
            boolean elsewhere = cues.values().keySet().stream().anyMatch(d -> !d.equals(dimension))
                    || KNOWN.entrySet().stream().anyMatch(e -> !e.getKey().equals(dimension)
                    && e.getValue().contains(id));
            if (cues.get(dimension).isEmpty() && !elsewhere) {
                throw new IllegalArgumentException("unknown " + dimension + " '" + token + "' (known: "
                        + String.join(", ", known) + ")");
            }
        }
        if (out.contains("lbcl")) out.add("b-nhl");
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no " + dimension + " value in '" + raw + "' (known: "
                    + String.join(", ", known) + ")");
        }
        return List.copyOf(out);
    }
}
