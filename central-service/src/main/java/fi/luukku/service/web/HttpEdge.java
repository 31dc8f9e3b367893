package fi.luukku.service.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.service.error.ServiceException;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP edge: Jetty through Javalin, the route groups, the one mapping of failures to problem+json and the
 * API document. Nothing outside this package knows about HTTP.
 */
public final class HttpEdge implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpEdge.class);

    /** Limits of the HTTP server. */
    public record Limits(int maxBodyBytes, int maxThreads) {}

    private record Failure<E extends Exception>(Class<E> type, Function<E, ApiError> map) {}

    private final Http http;
    private final ObjectMapper mapper;
    private final Limits limits;
    private final String version;
    private final List<Failure<?>> failures = new ArrayList<>();
    private Javalin app;
    private List<RouteSpec> routes = List.of();

    public HttpEdge(Http http, Limits limits, String version) {
        this.http = http;
        this.mapper = http.mapper();
        this.limits = limits;
        this.version = version;
    }

    /** Maps a failure type of a lower layer (e.g. the database's) to its problem; must be called before start. */
    public <E extends Exception> HttpEdge mapFailure(Class<E> type, Function<E, ApiError> map) {
        failures.add(new Failure<>(type, map));
        return this;
    }

    public HttpEdge start(String host, int port, List<? extends RouteGroup> groups, Predicate<String> pointExists) {
        app = Javalin.create(cfg -> configure(cfg, groups, pointExists));
        app.start(host, port);
        return this;
    }

    private void configure(JavalinConfig cfg, List<? extends RouteGroup> groups, Predicate<String> pointExists) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.compressionStrategy = CompressionStrategy.NONE;
        cfg.http.maxRequestSize = limits.maxBodyBytes();
        cfg.http.asyncTimeout = 0L;
        QueuedThreadPool pool = new QueuedThreadPool(limits.maxThreads(), Math.min(8, limits.maxThreads()), 60_000);
        pool.setName("luukku-http");
        cfg.jetty.threadPool = pool;
        long maxBody = limits.maxBodyBytes();
        cfg.routes.before(ctx -> {
            String cl = ctx.header("Content-Length");
            if (cl != null && cl.trim().matches("\\d{1,18}") && Long.parseLong(cl.trim()) > maxBody) {
                throw Http.tooLarge();
            }
        });
        Routes r = new Routes(cfg, http, pointExists).add(groups);
        ObjectNode[] doc = new ObjectNode[1];
        r.get("/openapi.json", "openApiDocument")
                .summary("This document")
                .response(ObjectNode.class)
                .handle(x -> {
                    if (doc[0] == null) {
                        doc[0] = OpenApiDocument.build(mapper, r.specs(), version);
                    }
                    x.ok(doc[0]);
                });
        routes = r.specs();
        cfg.routes.exception(ApiError.class, (e, ctx) -> http.problem(ctx, e));
        cfg.routes.exception(ServiceException.class, (e, ctx) -> http.problem(ctx, ApiError.from(e)));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> http.problem(ctx, fromJavalin(e)));
        for (Failure<?> f : failures) {
            register(cfg, f);
        }
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            log.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            http.problem(
                    ctx, new ApiError(500, "internal", "Internal error", "something went wrong on our side", null));
        });
        cfg.routes.error(404, ctx -> notProblemYet(ctx, ApiError.notFound("route", ctx.path())));
        cfg.routes.error(
                405,
                ctx -> notProblemYet(ctx, new ApiError(405, "method-not-allowed", "Method not allowed", null, null)));
    }

    private <E extends Exception> void register(JavalinConfig cfg, Failure<E> f) {
        cfg.routes.exception(f.type(), (e, ctx) -> {
            ApiError problem = f.map().apply(e);
            if (problem.status() >= 500) {
                log.error("failure on {} {}", ctx.method(), ctx.path(), e);
            }
            http.problem(ctx, problem);
        });
    }

    private void notProblemYet(Context ctx, ApiError e) {
        String ct = ctx.res().getContentType();
        // a page that answers 404 itself (the phone page for an unknown code) keeps its HTML
        if (ct == null || !(ct.startsWith(Http.PROBLEM_JSON) || ct.startsWith("text/html"))) {
            http.problem(ctx, e);
        }
    }

    private static ApiError fromJavalin(HttpResponseException e) {
        int s = e.getStatus();
        if (s == 413) {
            return Http.tooLarge();
        }
        if (s >= 500) {
            return new ApiError(s, "internal", "Internal error", null, null);
        }
        if (s == 404) {
            return new ApiError(404, "not-found", "Not found", e.getMessage(), null);
        }
        return new ApiError(s, "http-" + s, e.getMessage() == null ? "Error" : e.getMessage(), null, null);
    }

    public int port() {
        return app.port();
    }

    /** Every route as declared (for the API document and the tests that walk the route table). */
    public List<RouteSpec> routes() {
        return routes;
    }

    /** Method and path of every route Javalin really serves (for the OpenAPI completeness test). */
    public List<String> registeredRoutes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(h -> h.endpoint.method.isHttpMethod())
                .map(h -> h.endpoint.method.name() + " " + h.endpoint.path)
                .toList();
    }

    @Override
    public void close() {
        if (app != null) {
            try {
                app.stop();
            } catch (RuntimeException e) {
                log.warn("stopping Jetty failed", e);
            }
            app = null;
        }
    }
}
