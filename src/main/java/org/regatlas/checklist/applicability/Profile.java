package org.regatlas.checklist.applicability;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regatlas.model.Checks;
import org.regatlas.model.Conditions;
import org.regatlas.model.Jurisdiction;

/**
 * What a protocol is, for deciding which provisions apply: the jurisdictions it is checked against (CN, US, EU; INTL
 * documents always count) and its values on the dimensions of {@link Conditions} (indication, population, design,
 * product, line), given by the user or inferred from the protocol's text.
 *
 * @param modality  what the investigational product is (given, or inferred from the protocol); empty when unknown,
 *                  which is taken as a cell or gene therapy, the corpus's domain
 * @param inferred  the dimensions inferred from the protocol's text rather than given ({@code modality} among them)
 * @param defaulted the fields that took their default because they were neither given nor inferable
 *                  ({@code jurisdiction}: all of CN, US and EU)
 */
public record Profile(Set<Jurisdiction> jurisdictions, Conditions values, List<Modality> modality,
        List<String> inferred, List<String> defaulted) {
    public Profile {
        Checks.argument(!jurisdictions.isEmpty(), "jurisdictions", "must name at least one jurisdiction");
        jurisdictions = Set.copyOf(jurisdictions);
        Checks.notNull(values, "values");
        modality = List.copyOf(modality);
        inferred = List.copyOf(inferred);
        defaulted = List.copyOf(defaulted);
    }

    /** A profile whose modality is not known. */
    public Profile(Set<Jurisdiction> jurisdictions, Conditions values, List<String> inferred, List<String> defaulted) {
        this(jurisdictions, values, List.of(), inferred, defaulted);
    }

    /** Whether the product is a cell or gene therapy (or its modality is unknown). */
    public boolean cellOrGeneTherapy() {
        return Modality.anyCellOrGene(modality);
    }

    /** The values of one dimension, empty when unknown. */
    public List<String> get(String dimension) {
        return values.get(dimension);
    }

    /** The dimension values as a map, for JSON. */
    public Map<String, List<String>> dimensions() {
        return values.values();
    }
}
