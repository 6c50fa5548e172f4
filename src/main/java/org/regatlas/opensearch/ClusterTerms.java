package org.regatlas.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regatlas.index.Fields;
import org.regatlas.search.SearchPlanner;

/**
 * What a query plan needs to know of the index on the cluster, read in one request: how many provisions it holds,
 * each concept's document frequency (a concept's weight follows its rarity), and the agencies, jurisdictions and
 * documents it holds (the sources a query can name); and over how many shards it is split.
 */
record ClusterTerms(int docCount, int shards, Map<String, Integer> conceptFreqs, Map<String, Set<String>> values,
                    long readAt)
        implements SearchPlanner.IndexTerms {
    /** Concepts read at most; the vocabulary has a few thousand. */
    private static final int MAX_CONCEPTS = 30_000;
    private static final List<String> SOURCES = List.of(Fields.AGENCY, Fields.JURISDICTION, Fields.DOC_ID);

    static ClusterTerms read(OpenSearchClient client, String alias) {
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        body.put("size", 0);
        body.put("track_total_hits", true);
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject(Fields.CONCEPT).putObject("terms").put("field", Fields.CONCEPT + "." + IndexLayout.IDS).put("size", MAX_CONCEPTS);
        for (String f : SOURCES) aggs.putObject(f).putObject("terms").put("field", f).put("size", 10_000);
        JsonNode res = client.send("POST", alias + "/_search?allow_partial_search_results=false", body);
        Map<String, Integer> freqs = new HashMap<>();
        for (JsonNode b : res.path("aggregations").path(Fields.CONCEPT).path("buckets")) {
            freqs.put(b.path("key").asText(), b.path("doc_count").asInt());
        }
        Map<String, Set<String>> values = new HashMap<>();
        for (String f : SOURCES) {
            Set<String> held = new HashSet<>();
            for (JsonNode b : res.path("aggregations").path(f).path("buckets")) held.add(b.path("key").asText());
            values.put(f, Set.copyOf(held));
        }
        return new ClusterTerms(res.path("hits").path("total").path("value").asInt(),
                res.path("_shards").path("total").asInt(1), Map.copyOf(freqs),
                Map.copyOf(values), System.currentTimeMillis());
    }

    @Override
    public int docFreq(String field, String term) {
        return field.equals(Fields.CONCEPT) ? conceptFreqs.getOrDefault(term, 0) : -1;
    }

    @Override
    public Set<String> values(String field) {
        return values.getOrDefault(field, Set.of());
    }
}
