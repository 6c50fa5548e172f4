package org.regatlas.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;
import org.regatlas.corpus.Glossary;
import org.regatlas.corpus.Taxonomy;
import org.regatlas.index.Fields;
import org.regatlas.search.IndexUnavailableException;
import org.regatlas.search.InvalidQueryException;
import org.regatlas.search.SearchBackend;
import org.regatlas.search.SearchHit;
import org.regatlas.search.SearchPage;
import org.regatlas.search.SearchPlanner;
import org.regatlas.search.SearchQuery;

/**
 * Searches the provisions' index on an OpenSearch cluster: the query {@link SearchPlanner} plans, run by OpenSearch
 * (matching, scoring with the priors, sorting, facet counts as aggregations), then finished by the planner as the
 * embedded search finishes it (diversity, paging, highlighting). A cluster that cannot answer (red, unreachable,
 * overloaded) is an {@link IndexUnavailableException} saying so, which the API reports as a 503. Thread-safe.
 */
public final class OpenSearchBackend implements SearchBackend {
    /** Values listed per facet dimension at most, as the embedded search lists. */
    private static final int FACET_VALUES = 200;
    /** How long the index's terms (concept frequencies, sources held) are used before being read again. */
    private static final long TERMS_MILLIS = 60_000;
    private static final List<String> SOURCE = List.of(Fields.ID, Fields.DOC_ID, Fields.DOC_TITLE, Fields.JURISDICTION,
            Fields.AGENCY, Fields.SECTION_PATH, Fields.SECTION_HEADINGS, IndexLayout.SHOWN, Fields.STRENGTH, Fields.TOPIC,
            Fields.PROVENANCE, Fields.ISSUED, Fields.STATUS, Fields.TRANSLATION_EN, Fields.TRANSLATION_ZH, Fields.FACT_ID,
            Fields.SUMMARISES);

    /**
     * How long a search the cluster failed is tried again, and the pause before the first retry (the n-th waits n times
     * as long, at most {@link #RETRY_PAUSE_MAX_MILLIS}). A count of tries was too few on a loaded machine: two in 0.9 s,
     * then four in 3 s, ended while the cluster still listed the killed node as green with every shard assigned.
     */
    private static final long RETRY_BUDGET_MILLIS = 10_000;
    private static final long RETRY_PAUSE_MILLIS = 300;
    private static final long RETRY_PAUSE_MAX_MILLIS = 1_500;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OpenSearchBackend.class);

    private final OpenSearchConfig config;
    private final OpenSearchClient client;
    private final SearchPlanner planner;
    private final AtomicReference<@Nullable ClusterTerms> terms = new AtomicReference<>();

    public OpenSearchBackend(OpenSearchConfig config, Taxonomy taxonomy, Glossary glossary) {
        this.config = config;
        this.client = new OpenSearchClient(config);
        this.planner = new SearchPlanner(taxonomy, glossary);
    }

    @Override
    public boolean reopen() {
        try {
            terms.set(ClusterTerms.read(client, config.alias()));
            return true;
        } catch (OpenSearchClient.Failure e) {
            if (e.status == 404) return false;
            throw unavailable(e);
        }
    }

    @Override
    public SearchPage search(SearchQuery q) {
        long start = System.nanoTime();
        ClusterTerms held = terms();
        SearchPlanner.Plan plan = planner.plan(q, held);
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        body.put("size", plan.window());
        body.put("track_total_hits", SearchQuery.MAX_WINDOW);
        body.set("query", QueryDsl.withPriors(QueryDsl.of(plan.scoring()), plan));
        ArrayNode sort = body.putArray("sort");
        if (!plan.byRelevance()) {
            sort.addObject().put(Fields.ISSUED_SORT, "desc");
            body.put("track_scores", true);
        }
        sort.addObject().put("_score", "desc");
        sort.addObject().put(Fields.ID, "asc");
        ArrayNode source = body.putArray("_source");
        SOURCE.forEach(source::add);
        ObjectNode aggs = body.putObject("aggs");
        for (String dim : Fields.FACETS) {
            ObjectNode t = aggs.putObject(dim).putObject("terms");
            t.put("field", dim);
            t.put("size", FACET_VALUES);
            ArrayNode order = t.putArray("order");
            order.addObject().put("_count", "desc");
            order.addObject().put("_key", "asc");
        }
        JsonNode res = run(body, held.shards() > 1);
        List<SearchPlanner.Ranked> ranked = new ArrayList<>();
        for (JsonNode h : res.path("hits").path("hits")) {
            ranked.add(new SearchPlanner.Ranked(hit(h.path("_source")), (float) h.path("_score").asDouble(0),
                    new float[0], strings(h.path("_source").path(Fields.SUMMARISES))));
        }
        ranked = withPartScores(plan, ranked);
        JsonNode total = res.path("hits").path("total");
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        for (String dim : Fields.FACETS) {
            Map<String, Integer> values = new LinkedHashMap<>();
            for (JsonNode b : res.path("aggregations").path(dim).path("buckets")) {
                values.put(b.path("key").asText(), b.path("doc_count").asInt());
            }
            facets.put(dim, values);
        }
        double took = Math.round((System.nanoTime() - start) / 1e4) / 100.0;
        return planner.page(plan, ranked, total.path("value").asLong(), "eq".equals(total.path("relation").asText()),
                took, facets);
    }

    /**
     * Runs a search body. A search the cluster failed (a node lost mid-search: its shard copies were still routed to,
     * or its fetch phase broke off) is tried again, after pauses for the cluster to notice, before the caller
     * is told it cannot answer: a search is only a read, and the replicas can answer it.
     */
    private JsonNode run(ObjectNode body, boolean split) {
        // A split index gathers every shard's term statistics first, so a provision scores as in one index.
        String path = config.alias() + "/_search?allow_partial_search_results=false"
                + (split ? "&search_type=dfs_query_then_fetch" : "");
        return retrying(() -> client.send("POST", path, body), res -> res.path("_shards").path("failed").asInt() == 0);
    }

    /**
     * {@code call}'s answer once {@code answered} accepts it; a failure of the cluster (5xx, 429, shards failed) is
     * tried again for up to {@link #RETRY_BUDGET_MILLIS}, then reported as the cluster being unavailable.
     */
    private JsonNode retrying(Supplier<JsonNode> call, Predicate<JsonNode> answered) {
        long giveUp = System.nanoTime() + RETRY_BUDGET_MILLIS * 1_000_000;
        for (int attempt = 1; ; attempt++) {
            boolean last = System.nanoTime() > giveUp;
            try {
                JsonNode res = call.get();
                if (answered.test(res)) return res;
                if (last) throw new IndexUnavailableException(clusterState());
            } catch (OpenSearchClient.Failure e) {
                if (last || !(e.status >= 500 || e.status == 429)) throw unavailable(e);
                log.debug("Search failed on the cluster, trying again: {}", e.getMessage());
            }
            try {
                Thread.sleep(Math.min(RETRY_PAUSE_MILLIS * attempt, RETRY_PAUSE_MAX_MILLIS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IndexUnavailableException("Interrupted while waiting for the OpenSearch cluster");
            }
        }
    }

    /**
     * {@code ranked} with each part's score for the first {@link SearchPlanner.Plan#coveragePool()} hits: one search
     * per part, restricted to those hits' ids, in one multi-search (term statistics from every shard, as above).
     */
    private List<SearchPlanner.Ranked> withPartScores(SearchPlanner.Plan plan, List<SearchPlanner.Ranked> ranked) {
        int n = Math.min(plan.coveragePool(), ranked.size());
        if (n < 2) return ranked;
        ArrayNode ids = OpenSearchClient.JSON.createArrayNode();
        for (int i = 0; i < n; i++) ids.add(ranked.get(i).stored().id());
        StringBuilder ndjson = new StringBuilder();
        for (Query part : plan.parts()) {
            ObjectNode body = OpenSearchClient.JSON.createObjectNode();
            body.put("size", n);
            ObjectNode bool = body.putObject("query").putObject("bool");
            bool.withArray("must").add(QueryDsl.of(part));
            bool.withArray("filter").addObject().putObject("terms").set(Fields.ID, ids);
            body.putArray("_source").add(Fields.ID);
            ndjson.append("{\"search_type\":\"dfs_query_then_fetch\"}\n").append(body).append('\n');
        }
        // the part searches are reads too: a node lost as they run is waited out like the search's own
        int parts = plan.parts().size();
        JsonNode res = retrying(() -> client.bulk(config.alias() + "/_msearch", ndjson.toString()), r -> {
            for (int p = 0; p < parts; p++) {
                JsonNode one = r.path("responses").path(p);
                if (one.has("error") || one.path("_shards").path("failed").asInt() > 0) return false;
            }
            return true;
        });
        Map<String, Integer> at = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) at.put(ranked.get(i).stored().id(), i);
        float[][] scores = new float[n][plan.parts().size()];
        JsonNode responses = res.path("responses");
        for (int p = 0; p < plan.parts().size(); p++) {
            JsonNode r = responses.path(p);
            for (JsonNode h : r.path("hits").path("hits")) {
                Integer i = at.get(h.path("_source").path(Fields.ID).asText());
                if (i != null) scores[i][p] = (float) h.path("_score").asDouble(0);
            }
        }
        List<SearchPlanner.Ranked> out = new ArrayList<>(ranked);
        for (int i = 0; i < n; i++) {
            SearchPlanner.Ranked r = ranked.get(i);
            out.set(i, new SearchPlanner.Ranked(r.stored(), r.score(), scores[i], r.summarises()));
        }
        return out;
    }

    /** The index's terms, read again once they are older than {@link #TERMS_MILLIS} (another process may reindex). */
    private ClusterTerms terms() {
        ClusterTerms held = terms.get();
        if (held == null || System.currentTimeMillis() - held.readAt() > TERMS_MILLIS) {
            if (!reopen()) {
                throw new IndexUnavailableException("The OpenSearch cluster holds no RegAtlas index yet (alias '"
                        + config.alias() + "'); build it with ./regatlas index --opensearch URL");
            }
            held = terms.get();
        }
        return java.util.Objects.requireNonNull(held);
    }

    /** A provision's stored fields as a hit, not yet highlighted or scored. */
    private static SearchHit hit(JsonNode s) {
        String path = text(s, Fields.SECTION_PATH);
        String english = text(s, Fields.TRANSLATION_EN);
        String chinese = text(s, Fields.TRANSLATION_ZH);
        return new SearchHit(text(s, Fields.ID), text(s, Fields.DOC_ID), text(s, Fields.DOC_TITLE),
                text(s, Fields.JURISDICTION), text(s, Fields.AGENCY), "-".equals(path) ? null : path,
                strings(s.path(Fields.SECTION_HEADINGS)), java.util.Objects.requireNonNullElse(text(s, IndexLayout.SHOWN), ""),
                "", text(s, Fields.STRENGTH), strings(s.path(Fields.TOPIC)), text(s, Fields.PROVENANCE),
                text(s, Fields.ISSUED), text(s, Fields.STATUS), 0f,
                english != null ? List.of("en") : chinese != null ? List.of("zh") : List.of(), english, null,
                text(s, Fields.FACT_ID), chinese, null);
    }

    private static @Nullable String text(JsonNode s, String field) {
        JsonNode v = s.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    /** What a failed request means for the caller: a query the cluster refuses as too large, or a cluster that cannot answer. */
    private RuntimeException unavailable(OpenSearchClient.Failure e) {
        if (e.status == 404) {
            return new IndexUnavailableException("The OpenSearch cluster holds no RegAtlas index (alias '" + config.alias()
                    + "'); build it with ./regatlas index --opensearch URL");
        }
        if (e.status == 400 && e.getMessage().contains("too_many")) {
            return new InvalidQueryException("The query has too many words and names to search at once; shorten it");
        }
        if (e.status >= 500 || e.status == 429) return new IndexUnavailableException(clusterState());
        return new IllegalStateException(e.getMessage(), e);
    }

    /** A sentence on why the cluster cannot answer, with its health when it can still say. */
    private String clusterState() {
        String base = "The OpenSearch cluster cannot answer this search now";
        try {
            JsonNode h = client.send("GET", "_cluster/health?timeout=2s", null);
            String status = h.path("status").asText("unknown");
            int unassigned = h.path("unassigned_shards").asInt();
            return base + " (cluster status " + status + ", " + h.path("number_of_nodes").asInt() + " node(s), "
                    + unassigned + " shard(s) unassigned); try again when it has recovered";
        } catch (OpenSearchClient.Failure e) {
            return base + (e.type().equals("cluster_manager_not_discovered_exception")
                    ? " (no cluster manager: too few of its nodes are up)" : " (" + e.type() + ")")
                    + "; try again when it has recovered";
        } catch (IndexUnavailableException e) {
            return e.getMessage();
        }
    }

    @Override
    public void close() {
        terms.set(null);
    }
}
