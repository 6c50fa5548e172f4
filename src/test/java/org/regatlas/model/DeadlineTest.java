package org.regatlas.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void checkpointOutsideAScopeNeverThrows() {
        assertDoesNotThrow(Deadline::checkpoint);
    }

    @Test
    void checkpointThrowsOnceTheTimeIsUp() throws InterruptedException {
        Deadline d = Deadline.in(Duration.ofMillis(20));
        try (Deadline.Scope scope = d.enter()) {
            Deadline.checkpoint();
            Thread.sleep(40);
            var e = assertThrows(Deadline.DeadlineExceededException.class, Deadline::checkpoint);
            assertTrue(e.getMessage().contains("longer than its limit"), e.getMessage());
        }
        assertDoesNotThrow(Deadline::checkpoint, "the scope is closed");
    }

    @Test
    void cancelledDeadlineSaysWhyAtTheNextCheckpoint() {
        Deadline d = Deadline.in(Duration.ofMinutes(5));
        try (Deadline.Scope scope = d.enter()) {
            Deadline.checkpoint();
            d.cancel("the client went away");
            var e = assertThrows(Deadline.DeadlineExceededException.class, Deadline::checkpoint);
            assertTrue(e.getMessage().equals("the client went away"), e.getMessage());
        }
    }

    @Test
    void innerScopeGivesTheOuterDeadlineBackWhenClosed() {
        Deadline outer = Deadline.in(Duration.ofMinutes(5));
        Deadline inner = Deadline.in(Duration.ofMinutes(5));
        try (Deadline.Scope a = outer.enter()) {
            try (Deadline.Scope b = inner.enter()) {
                outer.cancel("outer");
                Deadline.checkpoint();                // the inner one applies here
            }
            assertThrows(Deadline.DeadlineExceededException.class, Deadline::checkpoint);
        }
    }

    @Test
    void limitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Deadline.in(Duration.ZERO));
    }
}
