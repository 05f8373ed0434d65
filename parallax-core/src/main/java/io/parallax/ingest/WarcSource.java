package io.parallax.ingest;

import io.parallax.model.Problem;
import io.parallax.model.RawDocument;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads HTML pages from WARC and WARC.gz archives (including Common Crawl news archives) with jwarc: {@code response}
 * records with a 2xx HTTP status, and {@code resource} records, whose payload is HTML (by declared type, or by
 * sniffing when the type is missing or generic). Content-Encoding (gzip, …) is removed with jwarc's decoder and the
 * payload is bounded by {@link SourceOptions#maxBytes()}.
 *
 * <p><b>Ids and order.</b> A page's id is its target URI; records are delivered in archive order. Its headers carry
 * {@code url}, {@code warc-record-id}, {@code warc-date}, {@code warc-file} and {@code warc-offset} (the record's
 * byte offset). Records whose id {@link SourceOptions#skip() skip} accepts are not delivered.
 *
 * <p><b>Problems.</b> A missing file, a truncated or corrupt archive (reported with the offset reached; the records
 * before it are kept), an oversized payload or a non-HTML payload each give a problem; reading goes on.
 *
 * <p>Not thread-safe; read once.
 */
public final class WarcSource implements Source {

    private final Path file;
    private final SourceOptions options;

    public WarcSource(Path file, SourceOptions options) {
        this.file = file;
        this.options = options;
    }

    @Override
    public void read(Consumer<RawDocument> documents, Consumer<Problem> problems) {
        long offset = 0;
        try (WarcReader reader = new WarcReader(file)) {
            reader.onWarning(w -> problems.accept(new Problem(file + "@" + reader.position(), "ingest",
                    "WARC warning: " + w)));
            while (true) {
                offset = reader.position();
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    return;
                }
                record(next.get(), offset, documents, problems);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            problems.accept(new Problem(file.toString(), "ingest", "no such file or directory"));
        } catch (IOException | RuntimeException e) {
            problems.accept(new Problem(file.toString(), "ingest", "truncated or corrupt WARC at offset " + offset
                    + ": " + message(e) + "; records before it were read"));
        }
    }

    private void record(WarcRecord record, long offset, Consumer<RawDocument> documents, Consumer<Problem> problems)
            throws IOException {
        String target;
        MessageBody body;
        MediaType type;
        if (record instanceof WarcResponse response && isHttp(response)) {
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() >= 300) {
                return;
            }
            target = response.target();
            type = http.contentType();
            body = http.bodyDecoded();
        } else if (record instanceof WarcResource resource) {
            target = resource.target();
            type = resource.contentType();
            body = resource.body();
        } else {
            return;
        }
        if (target == null || options.skip().test(target) || !maybeHtml(type)) {
            return;
        }
        String where = target + " (" + file.getFileName() + "@" + offset + ")";
        try (InputStream in = body.stream()) {
            byte[] bytes = Bytes.checked(Bytes.readBounded(in, options.maxBytes(), "record payload"),
                    options.maxBytes());
            documents.accept(new RawDocument(target, where, bytes, type == null ? null : type.toString(),
                    headers(record, target, offset), record.date()));
        } catch (ReadException e) {
            problems.accept(new Problem(where, "ingest", e.getMessage()));
        }
    }

    private Map<String, String> headers(WarcRecord record, String target, long offset) {
        Map<String, String> h = new HashMap<>();
        h.put("url", target);
        h.put("warc-record-id", record.id().toString());
        h.put("warc-date", record.date().toString());
        h.put("warc-file", file.getFileName().toString());
        h.put("warc-offset", Long.toString(offset));
        return h;
    }

    private static boolean isHttp(WarcResponse r) {
        String t = r.contentType().base().toString().toLowerCase(Locale.ROOT);
        return t.startsWith("application/http");
    }

    /** HTML or XHTML, or a missing/generic type that the extractor will sniff. */
    private static boolean maybeHtml(MediaType type) {
        if (type == null) {
            return true;
        }
        String t = type.base().toString().toLowerCase(Locale.ROOT);
        return t.equals("text/html") || t.equals("application/xhtml+xml") || t.equals("application/octet-stream")
                || t.equals("text/plain") || t.isEmpty();
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
