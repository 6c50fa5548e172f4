package org.regatlas.api;

import org.regatlas.model.Checks;
import org.regatlas.parse.ParsedCorpus;

/** What the API serves from; built by the CLI's composition root. */
public record Services(ParsedCorpus corpus) {
    public Services {
        Checks.notNull(corpus, "corpus");
    }
}
