package org.regatlas.checklist;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.regatlas.TestCorpus;
import org.regatlas.checklist.applicability.ProfileRequest;
import org.regatlas.checklist.layout.Checklist;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.read.ProtocolException;
import org.regatlas.corpus.MarkdownReader;

/** The checklist service over the shipped corpus, and the sample protocols and keys in {@code ../shared}. */
public final class Samples {
    private Samples() {}

    private static ChecklistService service;
    private static final Map<String, Checklist> FIXTURE_CHECKLISTS = new ConcurrentHashMap<>();

    /** A randomized confirmatory CAR-T trial in adults with relapsed or refractory LBCL, in all three regions. */
    public static final ProfileRequest RANDOMIZED_CAR_T = new ProfileRequest("CN,US,EU", "lbcl",
            "randomized,confirmatory", "adult", "autologous,car-t", "relapsed-refractory", "car-t");

    public static synchronized ChecklistService service() {
        if (service == null) service = ChecklistService.of(TestCorpus.parsed());
        return service;
    }

    /** A file under {@code ../shared}; the calling test is skipped when the shared folder (or the file) is absent. */
    public static Path shared(String relative) {
        Path shared = TestCorpus.shared();
        assumeTrue(shared != null, "../shared is absent");
        Path p = shared.resolve(relative);
        assumeTrue(Files.exists(p), relative + " is absent");
        return p;
    }

    public static Path ball() {
        return shared("protocols/cart-ball-single-arm.md");
    }

    public static Path lbcl() {
        return shared("protocols/cart-lbcl-randomized.html");
    }

    public static Path zuma() {
        return shared("real-docs/protocols/NCT03391466_ZUMA-7_axicabtagene-ciloleucel_protocol_amendment6.pdf");
    }

    public static Path chineseFixture() {
        return Path.of("src/test/resources/checklist/protocol-zh.txt");
    }

    /**
     * The checklist of the Markdown protocol {@code name} under {@code src/test/resources/checklist/} for
     * {@code request}, built once per pair: the rule tests ask many items of a few checklists.
     */
    public static Checklist checkFixture(String name, ProfileRequest request) {
        return FIXTURE_CHECKLISTS.computeIfAbsent(name + "|" + request, k -> {
            try {
                String md = Files.readString(Path.of("src/test/resources/checklist", name));
                return service().check(service().read(name, MarkdownReader.parse(md)), request);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static Protocol read(Path file) throws ProtocolException {
        return service().read(file);
    }
}
