package org.regatlas.opensearch.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * One OpenSearch node on 127.0.0.1 with the plugins the RegAtlas index needs (netty4 for HTTP and transport,
 * analysis-common for CJK bigrams and English stemming), loaded from the classpath as the server's own test nodes
 * load them. Stops cleanly on SIGTERM. Arguments, all required:
 * {@code NAME HOME HTTP_PORT TRANSPORT_PORT SEED_TRANSPORT_PORTS(comma-separated) CLUSTER_MANAGER_NAMES(comma-separated)}.
 * One seed port and one name make a single-node cluster.
 */
public final class LocalNode {
    private LocalNode() {}

    /** A node built with classpath plugins; the public constructor would only look in {@code HOME/plugins}. */
    private static final class ClasspathNode extends Node {
        ClasspathNode(Environment env, List<Class<? extends Plugin>> plugins) {
            super(env, infos(plugins), true);
        }

        private static List<PluginInfo> infos(List<Class<? extends Plugin>> plugins) {
            List<PluginInfo> out = new ArrayList<>();
            for (Class<? extends Plugin> p : plugins) {
                out.add(new PluginInfo(p.getName(), "classpath plugin", "NA", Version.CURRENT, "21", p.getName(),
                        null, Collections.emptyList(), false));
            }
            return out;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: LocalNode NAME HOME HTTP_PORT TRANSPORT_PORT SEED_PORTS MANAGER_NAMES");
            System.exit(2);
        }
        String name = args[0];
        Path home = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        List<String> seeds = new ArrayList<>();
        for (String p : args[4].split(",")) seeds.add("127.0.0.1:" + p.strip());
        List<String> managers = List.of(args[5].split(","));
        Settings.Builder settings = Settings.builder()
                .put("cluster.name", "regatlas-local")
                .put("node.name", name)
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", args[2])
                .put("transport.port", args[3])
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                // A shared development machine: a full-ish disk must not turn the cluster red.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("node.processors", Math.min(2, Runtime.getRuntime().availableProcessors()));
        if (seeds.size() == 1) {
            settings.put("discovery.type", "single-node");
        } else {
            settings.putList("discovery.seed_hosts", seeds);
            settings.putList("cluster.initial_cluster_manager_nodes", managers);
            // A lost node is noticed within seconds, not the default minute and a half.
            settings.put("cluster.fault_detection.follower_check.interval", "500ms");
            settings.put("cluster.fault_detection.follower_check.timeout", "2s");
            settings.put("cluster.fault_detection.follower_check.retry_count", 2);
            settings.put("cluster.fault_detection.leader_check.interval", "500ms");
            settings.put("cluster.fault_detection.leader_check.timeout", "2s");
            settings.put("cluster.fault_detection.leader_check.retry_count", 2);
        }
        Environment env = new Environment(settings.build(), home.resolve("config"));
        Node node = new ClasspathNode(env, List.of(Netty4ModulePlugin.class, CommonAnalysisModulePlugin.class));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                System.err.println("stopping " + name + ": " + e);
            } finally {
                stopped.countDown();
            }
        }, "regatlas-node-stop"));
        node.start();
        System.out.println("OpenSearch " + Version.CURRENT + " node " + name + " started: http://127.0.0.1:" + args[2]);
        stopped.await();
    }
}
