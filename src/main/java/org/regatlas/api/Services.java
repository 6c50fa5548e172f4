package org.regatlas.api;

import org.regatlas.model.Checks;
import org.regatlas.parse.ParsedCorpus;
import org.regatlas.search.SearchService;

/** What the API serves from; built by the CLI's composition root. */
public record Services(ParsedCorpus corpus, SearchService search) {
    public Services {
        Checks.notNull(corpus, "corpus");
        Checks.notNull(search, "search");
    }
}
