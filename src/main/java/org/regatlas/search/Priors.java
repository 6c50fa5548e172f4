package org.regatlas.search;

import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;
import org.regatlas.index.Fields;

/**
 * What multiplies a provision's relevance before its words are read, each factor at most 1 ({@link PriorQuery}).
 *
 * @param digest     factor of the team's digest of a primary source (the official wording ranks first at equal match)
 * @param secondary  factor of literature about the rules (a review article): primary sources before secondary ones
 * @param background factor of background and permissions (INFO, MAY) when the query asks for a requirement; 1 otherwise
 * @param preferred  the provisions of the sources the query names, or null when it names none
 * @param elsewhere  factor of the provisions of other sources when the query names one (a preference, not a filter)
 */
record Priors(float digest, float secondary, float background, @Nullable Query preferred, float elsewhere) {
    Priors {
        for (float f : new float[] {digest, secondary, background, elsewhere}) {
            if (!(f > 0 && f <= 1)) throw new IllegalArgumentException("a prior factor must be in (0, 1]: " + f);
        }
    }

    /** The factor of a provision of authority {@code kind}, strength ordinal {@code rank}, from a named source or not. */
    float factor(int kind, int rank, boolean fromNamedSource) {
        float f = switch (kind) {
            case Fields.DIGEST -> digest;
            case Fields.SECONDARY -> secondary;
            default -> 1f;
        };
        if (rank >= org.regatlas.model.Strength.MAY.ordinal()) f *= background;
        return fromNamedSource ? f : f * elsewhere;
    }
}
