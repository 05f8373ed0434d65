package io.parallax.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A tiny HTTP server on 127.0.0.1 for source tests: routes by path, records requests. Test fixture. */
public final class LoopbackServer implements AutoCloseable {

    /** A recorded request: path, request headers (lower-case names), time in nanoseconds. */
    public record Request(String path, Map<String, String> headers, long nanos) {
    }

    private final HttpServer server;
    private final Map<String, Consumer<HttpExchange>> routes = new ConcurrentHashMap<>();
    public final List<Request> requests = new CopyOnWriteArrayList<>();

    public LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public LoopbackServer route(String path, Consumer<HttpExchange> handler) {
        routes.put(path, handler);
        return this;
    }

    public LoopbackServer page(String path, String contentType, String body) {
        return route(path, ex -> send(ex, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    private void handle(HttpExchange ex) throws IOException {
        Map<String, String> h = new java.util.HashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), v.getFirst()));
        requests.add(new Request(ex.getRequestURI().getPath(), h, System.nanoTime()));
        Consumer<HttpExchange> r = routes.get(ex.getRequestURI().getPath());
        if (r == null) {
            send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        } else {
            r.accept(ex);
        }
    }

    public static void send(HttpExchange ex, int status, String contentType, byte[] body) {
        try {
            if (contentType != null) {
                ex.getResponseHeaders().set("Content-Type", contentType);
            }
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the client went away; tests see it on their side
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
