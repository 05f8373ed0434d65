package io.parallax.ingest;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;

/** Writes small WARC files with jwarc for tests (also usable from other modules through the test jar). */
public final class WarcFixtures {

    private WarcFixtures() {
    }

    /**
     * Writes one HTTP response record per entry (URL → HTML body, status 200), plus a PNG and a 404 record that
     * readers must skip. Gzip-compressed when the name ends in {@code .gz}.
     */
    public static Path write(Path file, Map<String, String> pages) throws IOException {
        WarcCompression c = file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING); WarcWriter w = new WarcWriter(ch, c)) {
            for (var e : pages.entrySet()) {
                w.write(response(e.getKey(), 200, "text/html; charset=utf-8", e.getValue().getBytes(StandardCharsets.UTF_8)));
            }
            w.write(response("https://news.example/logo.png", 200, "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'}));
            w.write(response("https://news.example/gone", 404, "text/html", "<p>gone</p>".getBytes(StandardCharsets.UTF_8)));
        }
        return file;
    }

    static WarcResponse response(String url, int status, String type, byte[] body) {
        String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length
                + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return new WarcResponse.Builder(url).date(Instant.parse("2024-05-01T10:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, all).build();
    }
}
