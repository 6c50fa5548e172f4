package org.regatlas.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.regatlas.index.Fields;
import org.regatlas.parse.ParsedCorpus;
import org.regatlas.parse.ParsedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the provisions' index on an OpenSearch cluster: the index template first, then a new index named after the
 * time, loaded in bulk, refreshed and (with replicas) fully allocated; then the alias moves to it in one atomic
 * request, so searches read the old index until the new one is complete and never fail in between. The index before
 * the previous one is deleted (the previous one may still be finishing searches). Not for concurrent rebuilds.
 */
public final class OpenSearchIndexer {
    private static final Logger log = LoggerFactory.getLogger(OpenSearchIndexer.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    /** Bytes of one bulk request at most. */
    private static final int BULK_BYTES = 4 << 20;

    /** What a rebuild made: the index, and how many documents and provisions it holds. */
    public record Stats(String index, int documents, int provisions) {}

    private final OpenSearchConfig config;
    private final OpenSearchClient client;

    public OpenSearchIndexer(OpenSearchConfig config) {
        this.config = config;
        this.client = new OpenSearchClient(config);
    }

    /**
     * The corpus fingerprint the live index was built from, or empty when the alias does not exist yet or its index is
     * of another layout (either way it must be built).
     */
    public Optional<String> liveFingerprint() {
        try {
            JsonNode mapping = client.send("GET", config.alias() + "/_mapping", null);
            var it = mapping.elements();
            if (!it.hasNext()) return Optional.empty();
            JsonNode meta = it.next().path("mappings").path("_meta");
            if (meta.path("layout").asInt() != IndexLayout.VERSION) return Optional.empty();
            return Optional.ofNullable(meta.path("fingerprint").textValue());
        } catch (OpenSearchClient.Failure e) {
            if (e.status == 404) return Optional.empty();
            throw e;
        }
    }

    /** Builds a new index of {@code corpus} and swaps the alias to it. */
    public Stats rebuild(ParsedCorpus corpus, String fingerprint, IntConsumer progress) {
        String pattern = config.alias() + "-*";
        client.send("PUT", "_index_template/" + config.alias(), IndexLayout.template(pattern, fingerprint));
        String index = config.alias() + "-" + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
        int replicas = config.replicas() >= 0 ? config.replicas() : dataNodes() > 1 ? 1 : 0;
        client.send("PUT", index, IndexLayout.indexSettings(config.shards(), replicas));
        SourceDocuments mapper = new SourceDocuments(corpus.taxonomy(), corpus.glossary());
        StringBuilder bulk = new StringBuilder();
        int documents = 0;
        int provisions = 0;
        for (ParsedDocument d : corpus.documents()) {
            if (d.provisions().isEmpty()) continue;
            for (ObjectNode source : mapper.of(d.provisions(), d.meta())) {
                ObjectNode action = OpenSearchClient.JSON.createObjectNode();
                action.putObject("index").put("_id", source.path(Fields.ID).asText());
                bulk.append(OpenSearchClient.write(action)).append('\n').append(OpenSearchClient.write(source)).append('\n');
                provisions++;
            }
            documents++;
            if (bulk.length() > BULK_BYTES) {
                send(index, bulk);
                progress.accept(provisions);
            }
        }
        if (!bulk.isEmpty()) send(index, bulk);
        progress.accept(provisions);
        ObjectNode refresh = OpenSearchClient.JSON.createObjectNode();
        refresh.putObject("index").put("refresh_interval", "1s");
        client.send("PUT", index + "/_settings", refresh);
        client.send("POST", index + "/_refresh", null);
        JsonNode health = client.send("GET", "_cluster/health/" + index + "?wait_for_status=green&timeout=120s", null);
        if (health.path("timed_out").asBoolean()) {
            log.warn("Index {} is {} (not every replica allocated); swapping to it all the same", index,
                    health.path("status").asText());
        }
        List<String> previous = aliased();
        ArrayNode actions = OpenSearchClient.JSON.createObjectNode().putArray("actions");
        for (String old : previous) actions.addObject().putObject("remove").put("index", old).put("alias", config.alias());
        actions.addObject().putObject("add").put("index", index).put("alias", config.alias());
        ObjectNode swap = OpenSearchClient.JSON.createObjectNode();
        swap.set("actions", actions);
        client.send("POST", "_aliases", swap);
        deleteOlder(index, previous);
        log.info("OpenSearch index {}: {} documents, {} provisions, {} shard(s), {} replica(s)", index, documents,
                provisions, config.shards(), replicas);
        return new Stats(index, documents, provisions);
    }

    private void send(String index, StringBuilder bulk) {
        JsonNode res = client.bulk(index + "/_bulk", bulk.toString());
        bulk.setLength(0);
        if (res.path("errors").asBoolean()) {
            for (JsonNode item : res.path("items")) {
                JsonNode error = item.path("index").path("error");
                if (!error.isMissingNode()) {
                    throw new IllegalStateException("OpenSearch refused provision " + item.path("index").path("_id").asText()
                            + ": " + error.path("reason").asText(error.toString()));
                }
            }
        }
    }

    private int dataNodes() {
        return client.send("GET", "_cluster/health", null).path("number_of_data_nodes").asInt(1);
    }

    /** The indices the alias points at now. */
    private List<String> aliased() {
        try {
            List<String> out = new ArrayList<>();
            client.send("GET", "_alias/" + config.alias(), null).fieldNames().forEachRemaining(out::add);
            return out;
        } catch (OpenSearchClient.Failure e) {
            if (e.status == 404) return List.of();
            throw e;
        }
    }

    /** Deletes this alias's indices other than the new one and the ones it just replaced. */
    private void deleteOlder(String current, List<String> previous) {
        JsonNode all = client.send("GET", "_cat/indices/" + config.alias() + "-*?format=json&h=index", null);
        for (JsonNode row : all) {
            String name = row.path("index").asText();
            if (!name.equals(current) && !previous.contains(name) && name.startsWith(config.alias() + "-")) {
                client.send("DELETE", name, null);
            }
        }
    }
}
