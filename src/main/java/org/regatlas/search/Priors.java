package org.regatlas.search;

import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;
import org.regatlas.index.Fields;

/**
 * What multiplies a provision's relevance before its words are read, each factor at most 1 ({@link PriorQuery}).
 *
 * @param digest     factor of the team's digest of a primary source (the official wording ranks first at equal match)
 * @param secondary  factor of literature about the rules (a review article): primary sources before secondary ones
 * @param reference  factor of an entry of a source's reference list: a bibliography line is found when asked for by
 *                   its own words, never before a provision that shares them
 * @param background factor of background and permissions (INFO, MAY) when the query asks for a requirement; 1 otherwise
 * @param preferred  the provisions of the sources the query names; when it names none but asks about a product class
 *                   (CAR-T), the provisions of guidelines whose scope does not leave that class out; else null
 * @param elsewhere  factor of the other provisions when {@code preferred} is set (a preference, not a filter)
 * @param readers    the languages the query is written in ({@link Fields#READ_ZH}, {@link Fields#READ_EN} bits; 0
 *                   when mixed or unknown)
 * @param unreadable factor of a provision that cannot be read in the query's language
 * @param answering  the provisions phrased as the kind of answer the query asks for (a definition), or null when it
 *                   asks for none in particular
 * @param otherwise  factor of the other provisions when {@code answering} is set
 */
record Priors(float digest, float secondary, float reference, float background, @Nullable Query preferred, float elsewhere, int readers,
              float unreadable, @Nullable Query answering, float otherwise) {
    Priors {
        for (float f : new float[] {digest, secondary, reference, background, elsewhere, unreadable, otherwise}) {
            if (!(f > 0 && f <= 1)) throw new IllegalArgumentException("a prior factor must be in (0, 1]: " + f);
        }
    }

    /** Priors with no language preference. */
    Priors(float digest, float secondary, float background, @Nullable Query preferred, float elsewhere) {
        this(digest, secondary, 1f, background, preferred, elsewhere, 0, 1f, null, 1f);
    }

    /**
     * The factor of a provision of authority {@code kind}, strength ordinal {@code rank}, from a named source or not,
     * readable in the languages {@code readable}.
     */
    float factor(int kind, int rank, boolean fromNamedSource, int readable) {
        return factor(kind, rank, fromNamedSource, readable, true);
    }

    /** {@link #factor(int, int, boolean, int)} of a provision phrased as the answer asked for or not. */
    float factor(int kind, int rank, boolean fromNamedSource, int readable, boolean answers) {
        float f = switch (kind) {
            case Fields.DIGEST -> digest;
            case Fields.SECONDARY -> secondary;
            case Fields.REFERENCE -> reference;
            default -> 1f;
        };
        if (rank >= org.regatlas.model.Strength.MAY.ordinal()) f *= background;
        if (readers != 0 && (readable & readers) == 0) f *= unreadable;
        if (!answers) f *= otherwise;
        return fromNamedSource ? f : f * elsewhere;
    }
}
