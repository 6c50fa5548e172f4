package org.regatlas.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.regatlas.TestIndex;

/** A browser on the server over the shared test index, opened once per test class and closed after it. */
abstract class SharedIndexBrowserTest {
    protected static BrowserHarness b;

    @BeforeAll
    static void start() {
        b = BrowserHarness.start(TestIndex.services());
    }

    @AfterAll
    static void stop() {
        if (b != null) b.close();
    }
}
