package org.regatlas.checklist;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.regatlas.checklist.applicability.Profile;
import org.regatlas.checklist.applicability.ProfileRequest;
import org.regatlas.checklist.applicability.ProfileResolver;
import org.regatlas.checklist.layout.Checklist;
import org.regatlas.checklist.obligation.ConceptVocabulary;
import org.regatlas.checklist.obligation.ObligationCatalog;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.read.ProtocolException;
import org.regatlas.checklist.read.ProtocolReader;
import org.regatlas.corpus.SourceText;
import org.regatlas.model.Provision;
import org.regatlas.parse.ParsedCorpus;

/**
 * The checklist generator's entry point for the API and the CLI: reads protocols, resolves profiles and builds
 * checklists against one parsed corpus. The obligation catalog (elements and queries of every provision) is built
 * on first use and shared; everything else is per request. Thread-safe.
 */
public final class ChecklistService {
    private final ParsedCorpus corpus;
    private final ProtocolReader reader;
    private volatile ChecklistBuilder builder;

    private ChecklistService(ParsedCorpus corpus) {
        this.corpus = corpus;
        this.reader = new ProtocolReader(corpus.taxonomy());
    }

    /** One service per parsed corpus (the catalog is the expensive part), shared by every caller that asks. */
    private static final Map<ParsedCorpus, ChecklistService> SHARED = Collections.synchronizedMap(new WeakHashMap<>());

    public static ChecklistService of(ParsedCorpus corpus) {
        return SHARED.computeIfAbsent(corpus, ChecklistService::new);
    }

    public Protocol read(Path file) throws ProtocolException {
        return reader.read(file);
    }

    public Protocol read(String fileName, byte[] content) throws ProtocolException {
        return reader.read(fileName, content);
    }

    public Protocol read(String fileName, SourceText text) {
        return reader.read(fileName, text);
    }

    /** The checklist of {@code protocol}; the request's blank fields are inferred from the protocol. */
    public Checklist check(Protocol protocol, ProfileRequest request) {
        return check(protocol, ProfileResolver.resolve(request, protocol));
    }

    public Checklist check(Protocol protocol, Profile profile) {
        return builder().build(protocol, profile);
    }

    /**
     * Starts building the obligation catalog in the background (about a second), so it is ready when the protocol has
     * been read; the first {@link #check} waits for it either way. Then works out, still in the background, what each
     * obligation's checks need of the obligation alone, which the first checklist would otherwise do as it goes.
     */
    public void prepareInBackground() {
        Thread t = new Thread(() -> builder().prepare(), "checklist-catalog");
        t.setDaemon(true);
        t.start();
    }

    private ChecklistBuilder builder() {
        ChecklistBuilder b = builder;
        if (b == null) {
            synchronized (this) {
                b = builder;
                if (b == null) {
                    List<String> texts = new ArrayList<>();
                    for (Provision p : corpus.provisions()) {
                        texts.add(p.textZh() != null && !p.isTranslated("zh") ? p.textZh() : p.text());
                    }
                    // the catalog's stages scan the same provision texts and clauses: each is scanned once
                    ConceptVocabulary vocabulary = ConceptVocabulary.of(corpus.taxonomy(), corpus.glossary(), texts)
                            .rememberingShared();
                    b = new ChecklistBuilder(ObligationCatalog.of(corpus, vocabulary), vocabulary);
                    builder = b;
                }
            }
        }
        return b;
    }
}
