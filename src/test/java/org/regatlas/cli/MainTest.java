package org.regatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void failureNamesItsCauseAfterWhatWasBeingDone() {
        var e = new UncheckedIOException("building the index in /srv/regatlas/index",
                new AccessDeniedException("/srv/regatlas/index/write.lock"));
        assertEquals("building the index in /srv/regatlas/index: /srv/regatlas/index/write.lock (access denied)",
                Main.explain(e));
    }

    @Test
    void causeWhoseMessageIsAlreadyShownIsNotRepeated() {
        var cause = new NoSuchFileException("corpus/taxonomy.json");
        var e = new IllegalStateException("reading corpus/taxonomy.json (no such file)", cause);
        assertEquals("reading corpus/taxonomy.json (no such file)", Main.explain(e));
    }

    @Test
    void exceptionWithoutMessageIsNamedByItsClass() {
        assertEquals("IllegalStateException", Main.explain(new IllegalStateException()));
    }
}
