package org.regatlas.api;

import org.regatlas.checklist.ChecklistService;
import org.regatlas.model.Checks;
import org.regatlas.parse.ParsedCorpus;
import org.regatlas.search.CompareService;
import org.regatlas.search.SearchBackend;

/** What the API serves from; built by the CLI's composition root. */
public record Services(ParsedCorpus corpus, SearchBackend search, CompareService compare, ChecklistService checklists) {
    public Services {
        Checks.notNull(corpus, "corpus");
        Checks.notNull(search, "search");
        Checks.notNull(compare, "compare");
    }

    /** Services over a corpus and its search index. */
    public static Services of(ParsedCorpus corpus, SearchBackend search) {
        return new Services(corpus, search, new CompareService(search, corpus.taxonomy()), ChecklistService.of(corpus));
    }
}
