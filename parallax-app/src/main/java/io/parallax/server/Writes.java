package io.parallax.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.parallax.app.Engine;
import io.parallax.link.Decision;
import io.parallax.link.EntityExports;

import java.io.StringWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The API's entity corrections and exports. Corrections are guarded: with a token, every write must carry it; with
 * none, writes are accepted only while the server listens on loopback, where only this machine's users reach it.
 */
final class Writes {

    /** The caller may not write. */
    static final class Forbidden extends RuntimeException {
        Forbidden(String message) {
            super(message);
        }
    }

    private final Engine engine;
    private final ObjectMapper mapper;
    private final boolean loopback;
    private final String token;

    Writes(Engine engine, ObjectMapper mapper, String host, String token) {
        this.engine = engine;
        this.mapper = mapper;
        this.loopback = isLoopback(host);
        this.token = token;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    void merge(Context ctx) throws Exception {
        JsonNode body = body(ctx);
        decide(ctx, new Decision.Merge(text(body, "into"), strings(body, "from"), Instant.now()));
    }

    void split(Context ctx) throws Exception {
        JsonNode body = body(ctx);
        decide(ctx, new Decision.Split(ctx.pathParam("id"), strings(body, "variants"), optional(body, "language"),
                Instant.now()));
    }

    void rename(Context ctx) throws Exception {
        decide(ctx, new Decision.Rename(ctx.pathParam("id"), text(body(ctx), "name"), Instant.now()));
    }

    void variant(Context ctx) throws Exception {
        JsonNode body = body(ctx);
        decide(ctx, new Decision.AddVariant(ctx.pathParam("id"), text(body, "name"), optional(body, "language"),
                Instant.now()));
    }

    void export(Context ctx) {
        String format = ctx.queryParam("format") == null ? "jsonl" : ctx.queryParam("format");
        StringWriter out = new StringWriter();
        EntityExports exports = new EntityExports();
        var entities = engine.view().entities();
        switch (format) {
            case "jsonl" -> exports.jsonl(entities, out);
            case "csv" -> exports.csv(entities, out);
            case "geojson" -> exports.geojson(entities, out);
            default -> throw new ApiServer.BadRequest("format must be jsonl, csv or geojson: " + format);
        }
        String type = switch (format) {
            case "csv" -> "text/csv";
            case "geojson" -> "application/geo+json";
            default -> "application/x-ndjson";
        };
        ctx.contentType(type + "; charset=utf-8").result(out.toString());
    }

    private void decide(Context ctx, Decision decision) throws Exception {
        authorise(ctx);
        try {
            engine.decide(decision);
        } catch (IllegalArgumentException e) {
            throw new ApiServer.BadRequest(e.getMessage());
        }
        ctx.status(HttpStatus.OK);
        ApiServer.json(ctx, mapper, mapper.createObjectNode().put("recorded", decision.getClass().getSimpleName()
                .toLowerCase(java.util.Locale.ROOT)).put("entities", engine.view().entities().size()));
    }

    private void authorise(Context ctx) {
        if (token == null) {
            if (!loopback) {
                throw new Forbidden("writes need a --write-token when serving beyond this machine");
            }
            return;
        }
        String given = ctx.header("Authorization");
        byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            throw new Forbidden("a valid 'Authorization: Bearer <token>' header is required to write");
        }
    }

    private JsonNode body(Context ctx) {
        try {
            JsonNode n = mapper.readTree(ctx.body());
            if (n == null || !n.isObject()) {
                throw new ApiServer.BadRequest("the body must be a JSON object");
            }
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiServer.BadRequest("the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new ApiServer.BadRequest("'" + field + "' must be a non-empty string");
        }
        return v.asText();
    }

    private static String optional(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw new ApiServer.BadRequest("'" + field + "' must be a non-empty array of strings");
        }
        List<String> out = new ArrayList<>();
        v.forEach(x -> out.add(x.asText()));
        return out;
    }
}
