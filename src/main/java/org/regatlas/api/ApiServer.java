package org.regatlas.api;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Files;
import org.regatlas.checklist.ProtocolReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the Javalin app: every route, the error contract and the static UI. Never started from here. */
public final class ApiServer {
    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);

    private ApiServer() {}

    /** Creates (does not start) the app for {@code services}. */
    public static Javalin create(Services services, ApiConfig cfg) {
        CorpusRoutes corpus = new CorpusRoutes(services.corpus());
        SearchRoutes search = new SearchRoutes(services.search());
        CompareRoutes compare = new CompareRoutes(services.compare());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.multipartConfig.maxFileSize(ProtocolReader.MAX_BYTES + 1024 * 1024, SizeUnit.BYTES);
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.requestLogger.http((ctx, ms) -> log.info("{} {} {} {}ms", ctx.method(), ctx.path(),
                    ctx.statusCode(), String.format(java.util.Locale.ROOT, "%.1f", ms)));
            if (cfg.webDir() != null && Files.isDirectory(cfg.webDir())) {
                config.staticFiles.add(cfg.webDir().toAbsolutePath().toString(), Location.EXTERNAL);
            }
            config.routes.before(SecurityHeaders::apply);
            config.routes.get("/api/health", corpus::health);
            config.routes.get("/api/documents", corpus::documents);
            config.routes.get("/api/documents/{id}", corpus::document);
            config.routes.get("/api/documents/{id}/provisions", corpus::documentProvisions);
            config.routes.get("/api/taxonomy", corpus::taxonomy);
            config.routes.get("/api/provisions/{id}", corpus::provision);
            config.routes.get("/api/search", search::search);
            config.routes.get("/api/compare", compare::compare);
            config.routes.post("/api/checklists", new ChecklistRoutes(services.checklists())::create);
            config.routes.get("/openapi.json", OpenApi::serve);
            config.routes.get("/api/docs", OpenApi::viewer);
            config.routes.get("/api/docs.js", OpenApi::viewerScript);
            if (cfg.webDir() != null) {
                // The UI's own paths (permalinks, views) all load the single page; it reads the path itself.
                WebPages pages = new WebPages(cfg.webDir());
                for (String path : WebPages.VIEWS) config.routes.get(path, pages::index);
            }
            ApiErrors.register(config.routes);
        });
    }
}
