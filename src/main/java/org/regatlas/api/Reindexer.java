package org.regatlas.api;

import java.util.function.Supplier;
import org.regatlas.parse.ParsedCorpus;

/**
 * Reloads the corpus from disk and rebuilds the index for {@code POST /api/admin/reindex}, in two steps so that a
 * corpus with problems can be looked at before it replaces a good index. The composition root supplies it, since
 * only it knows where the corpus and the index live.
 */
@FunctionalInterface
public interface Reindexer {
    /** Reads and parses the corpus again; touches no index. */
    Candidate read();

    /** A corpus read for a reindex and not yet published. */
    interface Candidate {
        /** The corpus as read, with the problems found reading and parsing it. */
        ParsedCorpus corpus();

        /**
         * Publishes a new index generation of {@link #corpus()} beside the live one.
         *
         * @return services over the new corpus and index, not yet seen by any request; the caller owns them
         */
        Services publish();

        static Candidate of(ParsedCorpus corpus, Supplier<Services> publish) {
            return new Candidate() {
                @Override
                public ParsedCorpus corpus() {
                    return corpus;
                }

                @Override
                public Services publish() {
                    return publish.get();
                }
            };
        }
    }
}
