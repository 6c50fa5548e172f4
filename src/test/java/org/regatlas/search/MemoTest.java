package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A value is computed once per key, a null one included, and no more than the bound are kept. */
class MemoTest {
    @Test
    void eachKeyIsComputedOnceNullsIncludedAndTheTableStaysWithinItsBound() {
        AtomicInteger computed = new AtomicInteger();
        Memo<String, String> memo = new Memo<>(3);
        assertEquals("A", memo.get("a", k -> { computed.incrementAndGet(); return k.toUpperCase(); }));
        assertEquals("A", memo.get("a", k -> { computed.incrementAndGet(); return "again"; }));
        assertNull(memo.get("none", k -> { computed.incrementAndGet(); return null; }));
        assertNull(memo.get("none", k -> { computed.incrementAndGet(); return "again"; }));
        assertEquals(2, computed.get());
        for (String k : new String[] {"b", "c", "d", "e"}) {
            memo.get(k, String::toUpperCase);
            assertTrue(memo.size() <= 3, "held " + memo.size());
        }
        assertEquals("E", memo.get("e", k -> "again"));
    }
}
