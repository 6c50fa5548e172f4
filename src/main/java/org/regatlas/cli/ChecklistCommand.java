package org.regatlas.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.regatlas.checklist.layout.Checklist;
import org.regatlas.checklist.export.ChecklistFormat;
import org.regatlas.checklist.ChecklistService;
import org.regatlas.checklist.applicability.ProfileRequest;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.read.ProtocolException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code regatlas checklist FILE [profile options] [--format md|csv|xlsx|json|html] [--out F]}: checks a protocol
 * against the corpus and prints (or writes) the checklist; the counts and time go to stderr.
 */
@Command(name = "checklist",
        description = "Check a protocol (md, html, txt, docx, pdf) against the corpus, obligation by obligation.")
final class ChecklistCommand implements Runnable {
    /** The profile options, shared with {@code eval-checklist}; a blank option is inferred from the protocol. */
    static final class ProfileOptions {
        @Option(names = "--jurisdiction",
                description = "CN, US, EU (comma-separated; default all three)") String jurisdiction;
        @Option(names = "--indication",
                description = "b-all, b-nhl, lbcl, mm, t-all, cll (default: inferred)") String indication;
        @Option(names = "--design",
                description = "early-phase, dose-finding, single-arm, randomized, confirmatory") String design;
        @Option(names = "--population", description = "adult, pediatric") String population;
        @Option(names = "--product", description = "autologous, allogeneic, car-t, car-nk, tcr-t") String product;
        @Option(names = "--line", description = "relapsed-refractory, earlier-line") String line;
        @Option(names = "--modality", description = "car-t, tcr-t, other-gm-cells, unmodified-cells, gene-therapy-vector, "
                + "t-cell-engager, antibody, small-molecule (default: inferred)") String modality;

        ProfileRequest request() {
            return new ProfileRequest(jurisdiction, indication, design, population, product, line, modality);
        }
    }

    @Mixin
    CorpusOptions corpus;

    @Mixin
    ProfileOptions profile;

    @Parameters(paramLabel = "FILE", description = "The protocol file.")
    Path file;

    @Option(names = "--format", defaultValue = "md",
            description = "md, csv, xlsx, json or html (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "F", description = "Write to this file instead of standard output.")
    Path out;

    @Override
    public void run() {
        ChecklistFormat f = ChecklistFormat.named(format).orElseThrow(() ->
                new IllegalArgumentException("--format must be md, csv, xlsx, json or html, not '" + format + "'"));
        if (!f.isText() && out == null) throw new IllegalArgumentException("--format xlsx needs --out FILE.xlsx");
        ChecklistService service = ChecklistService.of(corpus.load());
        service.prepareInBackground();      // the catalog builds while the protocol is read
        long start = System.nanoTime();
        Checklist checklist = check(service, file, profile.request());
        write(f, checklist, out);
        Checklist.Summary n = checklist.summary();
        System.err.printf("checklist: %s (%d sections): %d obligations, %d addressed, %d partial, %d missing, "
                        + "%d need review, %d not applicable, %d outside the protocol; %d ms%n", file.getFileName(),
                checklist.protocol().sections().size(), n.total(), n.addressed(), n.partial(), n.missing(),
                n.needsReview(), n.notApplicable(), n.outsideProtocol(), (System.nanoTime() - start) / 1_000_000);
        checklist.warnings().forEach(w -> System.err.println("checklist: warning (" + w.code() + "): " + w.message()));
    }

    /** Reads and checks a protocol; a file that cannot be checked is an {@link IllegalArgumentException} (exit 2). */
    static Checklist check(ChecklistService service, Path file, ProfileRequest request) {
        try {
            Protocol protocol = service.read(file);
            return service.check(protocol, request);
        } catch (ProtocolException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static void write(ChecklistFormat f, Checklist checklist, Path out) {
        try {
            if (out == null) {
                System.out.write(f.bytes(checklist));
                System.out.flush();
                return;
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                f.write(checklist, o);
            }
            System.err.println("checklist: written to " + out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + (out == null ? "the checklist" : out), e);
        }
    }
}
