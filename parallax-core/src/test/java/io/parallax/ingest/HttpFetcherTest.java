package io.parallax.ingest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpFetcherTest {

    private final LoopbackServer server = new LoopbackServer();
    private static final FetchConfig LOOPBACK = FetchConfig.DEFAULTS.withAllowPrivateAddresses(true)
            .withPerHostInterval(Duration.ZERO);

    HttpFetcherTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void refusesLoopbackWithoutTheFlag() {
        server.page("/a", "text/html", "<p>hi</p>");
        try (HttpFetcher f = new HttpFetcher(FetchConfig.DEFAULTS)) {
            assertThatThrownBy(() -> f.fetch(server.url("/a"))).isInstanceOf(ReadException.class)
                    .hasMessageContaining("non-public address 127.0.0.1");
        }
        assertThat(server.requests).isEmpty();
    }

    @Test
    void guardRefusesEveryNonPublicRange() throws Exception {
        for (String host : new String[]{"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "[::1]", "[fd00::1]", "[fe80::1]", "[::ffff:127.0.0.1]"}) {
            assertThatThrownBy(() -> AddressGuard.check(URI.create("http://" + host + "/"), false))
                    .as(host).isInstanceOf(ReadException.class).hasMessageContaining("refused");
        }
        assertThat(AddressGuard.isPublic(InetAddress.getByName("93.184.216.34"))).isTrue();
        assertThatThrownBy(() -> AddressGuard.check(URI.create("file:///etc/passwd"), true))
                .hasMessageContaining("only http");
    }

    @Test
    void fetchesWithTheFlagAndHonoursRobots() throws Exception {
        server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\nAllow: /private/ok\n");
        server.page("/news", "text/html", "<p>news</p>");
        server.page("/private/x", "text/html", "<p>secret</p>");
        server.page("/private/ok", "text/html", "<p>fine</p>");
        try (HttpFetcher f = new HttpFetcher(LOOPBACK)) {
            assertThat(new String(f.fetch(server.url("/news")).body(), StandardCharsets.UTF_8)).isEqualTo("<p>news</p>");
            assertThatThrownBy(() -> f.fetch(server.url("/private/x"))).hasMessageContaining("robots.txt");
            assertThat(f.fetch(server.url("/private/ok")).status()).isEqualTo(200);
        }
        assertThat(server.requests.stream().filter(r -> r.path().equals("/robots.txt")).count()).isEqualTo(1);
        assertThat(server.requests).noneMatch(r -> r.path().equals("/private/x"));
        assertThat(server.requests.get(1).headers().get("user-agent")).startsWith("ParallaxBot");
    }

    @Test
    void followsRedirectsUpToTheLimit() throws Exception {
        server.route("/r1", ex -> redirect(ex, "/r2"));
        server.route("/r2", ex -> redirect(ex, "/final"));
        server.page("/final", "text/html", "<p>here</p>");
        for (int i = 0; i < 10; i++) {
            int next = i + 1;
            server.route("/loop" + i, ex -> redirect(ex, "/loop" + next));
        }
        try (HttpFetcher f = new HttpFetcher(LOOPBACK)) {
            HttpFetcher.Fetched got = f.fetch(server.url("/r1"));
            assertThat(got.url()).endsWith("/final");
            assertThatThrownBy(() -> f.fetch(server.url("/loop0"))).hasMessageContaining("too many redirects");
        }
    }

    @Test
    void redirectToAPrivateAddressIsRefused() throws Exception {
        // 127.0.0.1 stands in for a public server; its redirect to 127.0.0.2 (loopback) must be refused.
        server.route("/go", ex -> redirect(ex, "http://127.0.0.2:" + URI.create(server.url("/")).getPort() + "/x"));
        InetAddress serverAddress = InetAddress.getByName("127.0.0.1");
        try (HttpFetcher f = new HttpFetcher(FetchConfig.DEFAULTS.withPerHostInterval(Duration.ZERO),
                new ConcurrentHashMap<>(), serverAddress::equals)) {
            assertThatThrownBy(() -> f.fetch(server.url("/go"))).isInstanceOf(ReadException.class)
                    .hasMessageContaining("non-public address 127.0.0.2");
        }
        assertThat(server.requests).noneMatch(r -> r.path().equals("/x"));
    }

    @Test
    void conditionalGetUsesValidators() throws Exception {
        server.route("/cond", ex -> {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            LoopbackServer.send(ex, "\"v1\"".equals(inm) ? 304 : 200, "text/html",
                    "\"v1\"".equals(inm) ? new byte[0] : "<p>body</p>".getBytes(StandardCharsets.UTF_8));
        });
        Map<String, HttpFetcher.Validators> validators = new ConcurrentHashMap<>();
        try (HttpFetcher f = new HttpFetcher(LOOPBACK, validators)) {
            assertThat(f.fetch(server.url("/cond")).notModified()).isFalse();
            assertThat(validators).containsKey(server.url("/cond"));
            assertThat(f.fetch(server.url("/cond")).notModified()).isTrue();
        }
    }

    @Test
    void sizeCapsTimeoutsAndGzipBombsAreProblems() throws Exception {
        server.page("/big", "text/html", "x".repeat(300_000));
        server.route("/slow", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LoopbackServer.send(ex, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
        });
        byte[] bomb = gzip(new byte[4 << 20]);
        server.route("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LoopbackServer.send(ex, 200, "text/html", bomb);
        });
        FetchConfig small = LOOPBACK.withMaxBytes(100_000).withRequestTimeout(Duration.ofMillis(500));
        try (HttpFetcher f = new HttpFetcher(small)) {
            assertThatThrownBy(() -> f.fetch(server.url("/big"))).hasMessageContaining("too large");
            assertThatThrownBy(() -> f.fetch(server.url("/slow"))).hasMessageContaining("timed out");
            assertThatThrownBy(() -> f.fetch(server.url("/bomb"))).hasMessageContaining("gzip bomb");
            assertThatThrownBy(() -> f.fetch(server.url("/missing"))).hasMessageContaining("HTTP 404");
        }
    }

    @Test
    void waitsBetweenRequestsToTheSameHost() throws Exception {
        server.page("/p", "text/html", "<p>x</p>");
        try (HttpFetcher f = new HttpFetcher(LOOPBACK.withPerHostInterval(Duration.ofMillis(300)))) {
            f.fetch(server.url("/p"));
            f.fetch(server.url("/p"));
        }
        var pages = server.requests.stream().filter(r -> r.path().equals("/p")).toList();
        assertThat(pages.get(1).nanos() - pages.get(0).nanos()).isGreaterThanOrEqualTo(Duration.ofMillis(290).toNanos());
    }

    static void redirect(com.sun.net.httpserver.HttpExchange ex, String location) {
        ex.getResponseHeaders().set("Location", location);
        LoopbackServer.send(ex, 302, null, new byte[0]);
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(data);
        }
        return bos.toByteArray();
    }
}
