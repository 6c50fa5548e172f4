package org.regatlas.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/** Parses corpus JSON files strictly (no comments, no trailing garbage), reporting the file on failure. */
final class CorpusJson {
    private CorpusJson() {}

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    static JsonNode read(Path file, String shownAs) {
        try {
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new CorpusFormatException(shownAs + ": the file is empty");
            }
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new CorpusFormatException(shownAs + ": must contain a JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var loc = e.getLocation();
            throw new CorpusFormatException(shownAs + ": malformed JSON" + (loc == null ? "" : " at line "
                    + loc.getLineNr() + ", column " + loc.getColumnNr()) + " (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new CorpusFormatException(shownAs + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
