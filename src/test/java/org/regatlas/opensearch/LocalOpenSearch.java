package org.regatlas.opensearch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * OpenSearch started for a test by {@code opensearch/start-local.sh} on free loopback ports, one JVM per node, data in
 * a temporary folder; stopped (SIGTERM, as a user would) by {@link #close}.
 */
final class LocalOpenSearch implements AutoCloseable {
    private final Process process;
    private final Path data;
    private final int port;
    private final int nodes;
    private final List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());

    private LocalOpenSearch(Process process, Path data, int port, int nodes) {
        this.process = process;
        this.data = data;
        this.port = port;
        this.nodes = nodes;
    }

    /** Starts {@code nodes} nodes and returns once the cluster answers and is at least yellow. */
    static LocalOpenSearch start(int nodes) throws IOException {
        int http = freeRun(nodes);
        int transport = freeRun(nodes);
        Path data = Files.createTempDirectory("regatlas-opensearch");
        ProcessBuilder pb = new ProcessBuilder("opensearch/start-local.sh", "--port", String.valueOf(http),
                "--transport-port", String.valueOf(transport), "--nodes", String.valueOf(nodes), "--data", data.toString())
                .redirectErrorStream(true);
        Process p = pb.start();
        LocalOpenSearch os = new LocalOpenSearch(p, data, http, nodes);
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("opensearch-output").start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    os.output.add(line);
                    if (line.startsWith("OpenSearch ready:")) ready.complete(true);
                }
            } catch (IOException e) {
                // the process ended
            }
            ready.complete(false);
        });
        try {
            if (!ready.get(300, TimeUnit.SECONDS)) {
                throw new IllegalStateException("OpenSearch did not start:\n" + String.join("\n", os.tail()));
            }
        } catch (TimeoutException | InterruptedException | java.util.concurrent.ExecutionException e) {
            os.close();
            throw new IllegalStateException("OpenSearch did not start in time:\n" + String.join("\n", os.tail()), e);
        }
        return os;
    }

    /** {@code n} consecutive loopback ports that are free now. */
    private static int freeRun(int n) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(20_000, 60_000);
            if (free(base, n)) return base;
        }
        throw new IOException("no " + n + " consecutive free ports found");
    }

    private static boolean free(int base, int n) {
        for (int p = base; p < base + n; p++) {
            try (ServerSocket s = new ServerSocket(p, 1, InetAddress.getLoopbackAddress())) {
                s.setReuseAddress(true);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** The HTTP address of node {@code i}. */
    String url(int i) {
        return "http://127.0.0.1:" + (port + i);
    }

    /** Every node's address, comma-separated, as {@code --opensearch} takes them. */
    String urls() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes; i++) out.add(url(i));
        return String.join(",", out);
    }

    OpenSearchConfig config(Map<String, String> env) {
        return OpenSearchConfig.of(urls(), env);
    }

    /** Stops node {@code i}'s JVM at once (SIGKILL): a node lost, not shut down. */
    void kill(int i) throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(data.resolve("node-" + i + ".pid")).strip());
        ProcessHandle h = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("node " + i + " is not running"));
        h.destroyForcibly();
        try {
            h.onExit().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            throw new IllegalStateException("node " + i + " did not stop", e);
        }
    }

    /** The last lines the nodes printed. */
    List<String> tail() {
        synchronized (output) {
            return List.copyOf(output.subList(Math.max(0, output.size() - 40), output.size()));
        }
    }

    /** Stops the cluster with SIGTERM and returns the script's exit code. */
    int stop() {
        process.toHandle().destroy();   // SIGTERM; Process.destroy would also close the pipe the nodes still write to
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return -1;
        } finally {
            deleteQuietly(data);
        }
    }

    /** The process ids of the nodes running now. */
    List<Long> pids() throws IOException {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            Path f = data.resolve("node-" + i + ".pid");
            if (Files.exists(f)) out.add(Long.parseLong(Files.readString(f).strip()));
        }
        return out;
    }

    @Override
    public void close() {
        if (process.isAlive()) stop();
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder; the system clears it
        }
    }
}
