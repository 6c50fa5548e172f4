package org.regatlas.checklist.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regatlas.model.Checks;

/** The profile key (checklist-keys/README.md): modality and design of each real protocol, judged from its text. */
public record ProfileKey(List<Entry> protocols) {
    /** The modality vocabulary of issue 15 and DESIGN.md. */
    public static final List<String> MODALITIES = List.of("car-t", "tcr-t", "other-gm-cells", "unmodified-cells",
            "gene-therapy-vector", "t-cell-engager", "antibody", "small-molecule");

    /**
     * One protocol.
     *
     * @param file  the PDF, relative to the shared folder
     * @param phase {@code 1}, {@code 2} or {@code 3}
     */
    public record Entry(String name, String file, String modality, boolean cellOrGeneTherapy, boolean randomized,
                        boolean singleArm, @Nullable String phase) {
        public Entry {
            Checks.notBlank(name, "name");
            Checks.notBlank(file, "file");
            Checks.argument(MODALITIES.contains(modality), "modality", "must be one of " + MODALITIES);
        }
    }

    public ProfileKey {
        protocols = List.copyOf(protocols);
    }

    public static ProfileKey read(Path file) {
        JsonNode root = KeyFiles.read(file);
        List<Entry> out = new ArrayList<>();
        for (JsonNode n : root.path("protocols")) {
            JsonNode design = n.path("design");
            for (String f : List.of("randomized", "singleArm")) {
                if (!design.path(f).isBoolean()) {
                    throw new IllegalArgumentException(file + ": design." + f + " of " + n.path("name").asText()
                            + " must be true or false");
                }
            }
            out.add(new Entry(KeyFiles.text(n, "name", file), KeyFiles.text(n, "file", file),
                    KeyFiles.text(n, "modality", file), n.path("cellOrGeneTherapy").asBoolean(),
                    design.path("randomized").asBoolean(), design.path("singleArm").asBoolean(),
                    KeyFiles.optionalText(design, "phase")));
        }
        if (out.isEmpty()) throw new IllegalArgumentException(file + ": no protocols found");
        return new ProfileKey(out);
    }

    /** Whether a JSON file is a profile key (an object with {@code protocols}). */
    public static boolean isProfileKey(JsonNode root) {
        return root.isObject() && root.has("protocols");
    }
}
