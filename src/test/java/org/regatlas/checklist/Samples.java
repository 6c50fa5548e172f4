package org.regatlas.checklist;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.regatlas.TestCorpus;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.read.ProtocolException;

/** The checklist service over the shipped corpus, and the sample protocols and keys in {@code ../shared}. */
public final class Samples {
    private Samples() {}

    private static ChecklistService service;

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

    public static Protocol read(Path file) throws ProtocolException {
        return service().read(file);
    }
}
