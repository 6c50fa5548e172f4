package org.regatlas.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;
import org.regatlas.TestIndex;
import org.regatlas.search.IndexUnavailableException;
import org.regatlas.search.SearchQuery;
import org.regatlas.search.SearchService;

/** A replaced generation stays open for the requests that leased it and closes after the last one. */
class ServiceHolderTest {
    /** Services with their own search service: the holder closes what it replaces, never the shared one. */
    static Services ownServices() {
        SearchService search = new SearchService(TestIndex.store(), TestCorpus.parsed().taxonomy(),
                TestCorpus.parsed().glossary());
        search.reopen();
        return Services.of(TestCorpus.parsed(), search);
    }

    private static long searchTotal(Services s) {
        return s.search().search(SearchQuery.of("长期随访", 1)).total();
    }

    @Test
    void replacedServicesStayOpenUntilTheLastLeaseCloses() {
        Services first = ownServices();
        Services second = ownServices();
        ServiceHolder holder = new ServiceHolder(first);
        ServiceHolder.Lease inFlight = holder.acquire();
        holder.replace(second);

        assertSame(first, inFlight.services());
        searchTotal(first);                              // the request in flight still searches
        try (ServiceHolder.Lease next = holder.acquire()) {
            assertSame(second, next.services());
        }
        inFlight.close();
        inFlight.close();                                // a second close must not release twice
        assertThrows(IndexUnavailableException.class, () -> searchTotal(first));
        searchTotal(second);

        holder.close();
        holder.close();
        assertThrows(IndexUnavailableException.class, () -> searchTotal(second));
        assertThrows(IndexUnavailableException.class, holder::acquire, "a request during shutdown gets a 503");
    }

    @Test
    void servicesWithoutLeasesCloseAtOnceWhenReplaced() {
        Services first = ownServices();
        Services second = ownServices();
        ServiceHolder holder = new ServiceHolder(first);
        holder.replace(second);
        assertThrows(IndexUnavailableException.class, () -> searchTotal(first));
        assertEquals(searchTotal(second), searchTotal(second));
        holder.close();
    }

    @Test
    void requestsBeforeTheFirstServicesAreReadyWaitForThem() throws Exception {
        java.util.concurrent.CompletableFuture<Services> opening = new java.util.concurrent.CompletableFuture<>();
        ServiceHolder holder = ServiceHolder.starting(opening);
        java.util.concurrent.CompletableFuture<Services> request = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try (ServiceHolder.Lease lease = holder.acquire()) {
                return lease.services();
            }
        });
        Thread.sleep(100);
        assertEquals(false, request.isDone(), "the request waits while the corpus is read");
        Services ready = ownServices();
        opening.complete(ready);
        assertSame(ready, request.get(10, java.util.concurrent.TimeUnit.SECONDS));
        holder.close();
        assertThrows(IndexUnavailableException.class, () -> searchTotal(ready));
    }

    @Test
    void requestsGetA503WhenTheFirstServicesFailToOpen() {
        java.util.concurrent.CompletableFuture<Services> opening = new java.util.concurrent.CompletableFuture<>();
        opening.completeExceptionally(new IllegalStateException("corpus unreadable"));
        ServiceHolder holder = ServiceHolder.starting(opening);
        assertThrows(IndexUnavailableException.class, holder::acquire);
        holder.close();
    }
}
