package org.regatlas.checklist.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.regatlas.checklist.evidence.Evidence;
import org.regatlas.checklist.obligation.Obligation;
import org.regatlas.model.Checks;

/**
 * An answer key for a sample protocol ({@code ../shared/protocols/keys/*.json}, described in that folder's
 * README): the obligations, each pointing at one guideline sentence by a marker, with the expected status and, for
 * addressed ones, the protocol sections and quotes that meet it.
 */
public record AnswerKey(List<Obligation> obligations) {
    /** One obligation of the key. */
    public record Obligation(String id, String source, String marker, boolean addressed, List<Evidence> evidence) {
        public Obligation {
            Checks.notBlank(id, "id");
            Checks.notBlank(marker, "marker");
            evidence = List.copyOf(evidence);
        }
    }

    public AnswerKey {
        obligations = List.copyOf(obligations);
    }

    /** Reads a key: a JSON array of obligations, or an object with an {@code obligations} array. */
    public static AnswerKey read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read as an answer key (" + e.getMessage() + ")");
        }
        JsonNode list = root.isArray() ? root : root.path("obligations");
        List<Obligation> out = new ArrayList<>();
        for (JsonNode n : list) {
            List<Evidence> evidence = new ArrayList<>();
            for (JsonNode e : n.path("evidence")) evidence.add(new Evidence(e.path("section").asText(),
                    e.path("quote").asText()));
            String status = n.path("status").asText();
            if (!status.equals("addressed") && !status.equals("missing")) {
                throw new IllegalArgumentException(file + ": obligation " + n.path("id").asText() + " has status '"
                        + status + "'");
            }
            out.add(new Obligation(n.path("id").asText(), n.path("source").asText(), n.path("marker").asText(),
                    status.equals("addressed"), evidence));
        }
        if (out.isEmpty()) throw new IllegalArgumentException(file + ": no obligations found");
        return new AnswerKey(out);
    }
}
