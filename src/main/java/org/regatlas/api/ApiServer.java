package org.regatlas.api;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Files;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.regatlas.checklist.read.ProtocolReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Javalin app: every route, the error contract and the static UI. Never started from here. Routes read
 * their services from a {@link ServiceHolder} on each request, so a reindex swaps what every route serves.
 */
public final class ApiServer {
    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);

    /** Room for the request line and headers: a GET of the longest query with every filter, and its headers. */
    static final int REQUEST_HEADER_BYTES = 32 * 1024;

    private ApiServer() {}

    /** Creates (does not start) the app for {@code services}, without a reindex route. */
    public static Javalin create(Services services, ApiConfig cfg) {
        return create(new ServiceHolder(services), null, cfg);
    }

    /**
     * Creates (does not start) the app.
     *
     * @param reindexer rebuilds the services for {@code POST /api/admin/reindex}, or null to leave that route off
     */
    public static Javalin create(ServiceHolder holder, @Nullable Reindexer reindexer, ApiConfig cfg) {
        return create(holder, reindexer, cfg, new ChecklistJobs(cfg.maxChecklistJobs()));
    }

    /** As above, with the checklist job slots given (tests hold a slot to see the 429). */
    static Javalin create(ServiceHolder holder, @Nullable Reindexer reindexer, ApiConfig cfg, ChecklistJobs jobs) {
        ChecklistRoutes checklists = new ChecklistRoutes(jobs, Duration.ofSeconds(cfg.checklistSeconds()));
        AdminRoutes admin = new AdminRoutes(holder, reindexer, cfg.adminToken());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.multipartConfig.maxFileSize(ProtocolReader.MAX_BYTES + 1024 * 1024, SizeUnit.BYTES);
            config.jetty.modifyServer(JsonErrorPages::install);
            // A query of the longest text search takes (1,000 Chinese characters) is 9,000 bytes percent-encoded:
            // Jetty's 8 KiB default would answer 414 before the route could say what is wrong with it, or run it.
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(REQUEST_HEADER_BYTES));
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.requestLogger.http((ctx, ms) -> log.info("{} {} {} {}ms", ctx.method(), ctx.path(),
                    ctx.statusCode(), String.format(java.util.Locale.ROOT, "%.1f", ms)));
            if (cfg.webDir() != null && Files.isDirectory(cfg.webDir())) {
                config.staticFiles.add(cfg.webDir().toAbsolutePath().toString(), Location.EXTERNAL);
            }
            config.routes.before(SecurityHeaders::apply);
            if (!cfg.corsOrigins().isEmpty()) {       // without configured origins no CORS header is ever sent
                Cors cors = new Cors(cfg.corsOrigins());
                config.routes.before(cors::apply);
                config.routes.options("/*", cors::preflight);
            }
            config.routes.before("/api/*", QueryStrings::check);
            config.routes.get("/api/health", holder.handler((ctx, s) -> new CorpusRoutes(s.corpus())
                    .health(ctx, admin.lastReindex())));
            config.routes.get("/api/documents",
                    holder.handler((ctx, s) -> new CorpusRoutes(s.corpus()).documents(ctx)));
            config.routes.get("/api/documents/{id}",
                    holder.handler((ctx, s) -> new CorpusRoutes(s.corpus()).document(ctx)));
            config.routes.get("/api/documents/{id}/provisions",
                    holder.handler((ctx, s) -> new CorpusRoutes(s.corpus()).documentProvisions(ctx)));
            config.routes.get("/api/taxonomy", holder.handler((ctx, s) -> new CorpusRoutes(s.corpus()).taxonomy(ctx)));
            config.routes.get("/api/provisions/{id}",
                    holder.handler((ctx, s) -> new CorpusRoutes(s.corpus()).provision(ctx)));
            config.routes.get("/api/search", holder.handler((ctx, s) -> new SearchRoutes(s.search()).search(ctx)));
            config.routes.post("/api/search",
                    holder.handler((ctx, s) -> new SearchRoutes(s.search()).searchForm(ctx)));
            config.routes.get("/api/compare", holder.handler((ctx, s) -> new CompareRoutes(s.compare()).compare(ctx)));
            config.routes.post("/api/checklists", holder.handler((ctx, s) -> checklists.create(ctx, s.checklists())));
            config.routes.before("/api/admin/*", admin::authorize);
            config.routes.post("/api/admin/reindex", admin::reindex);
            config.routes.get("/openapi.json", OpenApi::serve);
            config.routes.get("/api/docs", OpenApi::viewer);
            config.routes.get("/api/docs.js", OpenApi::viewerScript);
            if (cfg.webDir() != null) {
                // The UI's own paths (permalinks, views) all load the single page; it reads the path itself.
                WebPages pages = new WebPages(cfg.webDir());
                config.routes.get("/p/{id}", holder.handler((ctx, s) -> pages.provision(ctx, s.corpus())));
                for (String path : WebPages.VIEWS) {
                    if (!path.equals("/p/{id}")) config.routes.get(path, pages::index);
                }
            }
            ApiErrors.register(config.routes);
        });
    }
}
