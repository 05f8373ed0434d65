package io.parallax.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.parallax.app.Engine;
import io.parallax.app.Queries;
import io.parallax.json.Json;
import io.parallax.model.EntityType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Optional;

/**
 * The HTTP server: a read-only JSON API over the corpus under {@code /api}, and the web UI at {@code /}. Binds to
 * loopback unless told otherwise. Errors are JSON ({@code {"error": "…"}}) with a proper status, never a stack
 * trace. Thread-safe; {@link #close} stops it.
 *
 * <pre>
 * GET /api/stats                       counts
 * GET /api/events                      events, newest first
 * GET /api/events/{id}                 one event: sources, entities, quotes, claims, timeline
 * GET /api/entities?type=&amp;q=&amp;limit=    entities, most mentioned first
 * GET /api/entities/{id}               one entity with every mention
 * GET /api/documents/{id}              one document: text and every fact with its span
 * GET /api/search?q=&amp;lang=&amp;limit=      full-text search, names expanded across languages
 * GET /api/analysis                    the whole corpus in the analyze schema
 * GET /api/entities/export?format=jsonl|csv|geojson
 * POST /api/entities/merge             {"into": id, "from": [id…]}
 * POST /api/entities/{id}/split        {"variants": [name…], "language": code?}
 * POST /api/entities/{id}/rename       {"name": name}
 * POST /api/entities/{id}/variants     {"name": name, "language": code?}
 * </pre>
 * Writes need {@code Authorization: Bearer <token>} when a token is set; without one they are allowed only while
 * the server listens on loopback.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final int MAX_LIMIT = 1000;

    private final Javalin app;
    private final String host;

    private ApiServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /**
     * Starts serving.
     *
     * @param host the interface to bind ({@code 127.0.0.1} for this machine only)
     * @param port the port, or 0 for any free port
     */
    public static ApiServer start(Engine engine, String host, int port) {
        return start(engine, host, port, null);
    }

    /**
     * Starts serving, with entity corrections through the API.
     *
     * @param writeToken the bearer token writes must carry, or {@code null}: then writes are allowed only on loopback
     */
    public static ApiServer start(Engine engine, String host, int port, String writeToken) {
        Queries queries = new Queries(engine);
        ObjectMapper mapper = Json.mapper();
        Writes writes = new Writes(engine, mapper, host, writeToken);
        Javalin app = Javalin.create(config -> {
            config.jetty.host = host;
            config.jetty.port = port;
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.routes.get("/api/stats", ctx -> json(ctx, mapper, queries.stats()));
            config.routes.get("/api/events", ctx -> json(ctx, mapper, queries.events()));
            config.routes.get("/api/events/{id}", ctx -> found(ctx, mapper, queries.event(ctx.pathParam("id")), "event"));
            config.routes.get("/api/entities", ctx -> json(ctx, mapper,
                    queries.entities(type(ctx), ctx.queryParam("q"), limit(ctx, 100))));
            config.routes.get("/api/entities/export", writes::export);
            config.routes.get("/api/entities/{id}", ctx -> found(ctx, mapper, queries.entity(ctx.pathParam("id")), "entity"));
            config.routes.post("/api/entities/merge", writes::merge);
            config.routes.post("/api/entities/{id}/split", writes::split);
            config.routes.post("/api/entities/{id}/rename", writes::rename);
            config.routes.post("/api/entities/{id}/variants", writes::variant);
            config.routes.get("/api/documents/{id}", ctx -> found(ctx, mapper, queries.document(ctx.pathParam("id")), "document"));
            config.routes.get("/api/search", ctx -> json(ctx, mapper,
                    queries.search(required(ctx, "q"), ctx.queryParam("lang"), limit(ctx, 20))));
            config.routes.get("/api/analysis", ctx -> json(ctx, mapper, queries.analysis()));
            config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, mapper, HttpStatus.BAD_REQUEST, e.getMessage()));
            config.routes.exception(Writes.Forbidden.class, (e, ctx) -> error(ctx, mapper, HttpStatus.FORBIDDEN, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.warn("request {} failed", ctx.path(), e);
                error(ctx, mapper, HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
            });
            config.routes.error(404, "application/json", ctx -> error(ctx, mapper, HttpStatus.NOT_FOUND, "no such path: " + ctx.path()));
        }).start();
        return new ApiServer(app, host);
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String h = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }

    /** A client error with a message for the client. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    static void json(Context ctx, ObjectMapper mapper, JsonNode body) throws Exception {
        ctx.contentType("application/json; charset=utf-8").result(mapper.writeValueAsString(body));
    }

    private static void found(Context ctx, ObjectMapper mapper, Optional<? extends JsonNode> body, String what)
            throws Exception {
        if (body.isPresent()) {
            json(ctx, mapper, body.get());
        } else {
            error(ctx, mapper, HttpStatus.NOT_FOUND, "no " + what + " " + ctx.pathParam("id"));
        }
    }

    static void error(Context ctx, ObjectMapper mapper, HttpStatus status, String message) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8")
                    .result(mapper.writeValueAsString(mapper.createObjectNode().put("error", message)));
        } catch (Exception e) {
            ctx.status(status).result(message);
        }
    }

    private static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw new BadRequest("missing query parameter '" + name + "'");
        }
        return v;
    }

    private static int limit(Context ctx, int fallback) {
        String v = ctx.queryParam("limit");
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 1 || n > MAX_LIMIT) {
                throw new BadRequest("limit must be between 1 and " + MAX_LIMIT);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest("limit must be a number: " + v);
        }
    }

    private static EntityType type(Context ctx) {
        String v = ctx.queryParam("type");
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return EntityType.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("type must be one of PER, ORG, LOC, MISC: " + v);
        }
    }
}
