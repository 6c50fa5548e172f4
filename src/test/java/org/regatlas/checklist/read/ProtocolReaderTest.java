package org.regatlas.checklist.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regatlas.checklist.Samples;

class ProtocolReaderTest {
    private static ProtocolException.Problem problem(Path file) {
        return assertThrows(ProtocolException.class, () -> Samples.read(file)).problem();
    }

    @Test
    void imageOnlyPdfIsUnreadable(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(f.toFile());
        }
        var e = assertThrows(ProtocolException.class, () -> Samples.read(f));
        assertEquals(ProtocolException.Problem.UNREADABLE, e.problem());
        assertTrue(e.getMessage().startsWith("scan.pdf: "), e.getMessage());
        assertTrue(e.getMessage().contains("no text layer"), e.getMessage());
    }

    @Test
    void passwordProtectedPdfIsUnreadable(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("locked.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(f.toFile());
        }
        assertEquals(ProtocolException.Problem.UNREADABLE, problem(f));
    }

    @Test
    void emptyAndUnsupportedFilesAreNamedProblems(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.md"));
        assertEquals(ProtocolException.Problem.EMPTY, problem(empty));
        Path blank = Files.writeString(dir.resolve("blank.txt"), "   \n\n  ");
        assertEquals(ProtocolException.Problem.EMPTY, problem(blank));
        Path exe = Files.writeString(dir.resolve("setup.exe"), "MZ");
        assertEquals(ProtocolException.Problem.UNSUPPORTED_TYPE, problem(exe));
        var e = assertThrows(ProtocolException.class, () -> Samples.service().read("notes.rtf", "{\\rtf1}".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(ProtocolException.Problem.UNSUPPORTED_TYPE, e.problem());
        assertTrue(e.getMessage().contains(".rtf"));
    }

    @Test
    void uploadIsReadUnderItsOwnNameAndTheTemporaryCopyIsRemoved() throws Exception {
        byte[] md = "# Protocol\n\n## 5.3 Bridging Therapy\n\nBridging must end at least 14 days before lymphodepletion.\n"
                .getBytes(StandardCharsets.UTF_8);
        Protocol p = Samples.service().read("../../etc/upload.md", md);
        assertEquals("upload.md", p.fileName());
        assertEquals("bridging", p.sectionNumbered("5.3").orElseThrow().kind());
    }
}
