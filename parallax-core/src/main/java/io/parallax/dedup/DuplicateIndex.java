package io.parallax.dedup;

import io.parallax.model.Document;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Finds documents seen before. Exact duplicates by canonical URL (scheme and host lower-cased, fragment, tracking
 * parameters and trailing slash removed) and by a SHA-256 of the normalised text (case folded, white space
 * collapsed); near duplicates (syndicated wire copy, reposts with a different headline or trailer) by MinHash over
 * word shingles with LSH banding, confirmed by the estimated Jaccard similarity.
 *
 * <p>Usage: {@link #check} a document, store it, then {@link #add} it. The state (URLs, hashes, signatures) can be
 * saved with {@link #writeTo} and restored with {@link #readFrom} so that the store keeps it across runs.
 *
 * <p>Not thread-safe: corpus state has a single writer.
 */
public final class DuplicateIndex {

    private static final int FORMAT = 1;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern TRACKING = Pattern.compile(
            "(?i)^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|src|share|smid|at_medium|at_campaign)$");
    private static final long PRIME = (1L << 61) - 1;

    private final DedupConfig config;
    private final long[] a;
    private final long[] b;
    private final Map<String, String> byUrl = new HashMap<>();
    private final Map<String, String> byHash = new HashMap<>();
    private final Map<String, long[]> signatures = new LinkedHashMap<>();
    private final List<Map<Long, List<String>>> buckets = new ArrayList<>();

    public DuplicateIndex() {
        this(DedupConfig.DEFAULTS);
    }

    public DuplicateIndex(DedupConfig config) {
        this.config = config;
        SplittableRandom r = new SplittableRandom(config.seed());
        a = new long[config.hashes()];
        b = new long[config.hashes()];
        for (int i = 0; i < a.length; i++) {
            a[i] = 1 + r.nextLong(PRIME - 1);
            b[i] = r.nextLong(PRIME);
        }
        for (int i = 0; i < config.bands(); i++) {
            buckets.add(new HashMap<>());
        }
    }

    /** Whether the document duplicates one already added; the index is not changed. */
    public Verdict check(Document d) {
        String url = canonicalUrl(d.url());
        if (url != null && byUrl.containsKey(url)) {
            return new Verdict(Verdict.Kind.DUPLICATE, byUrl.get(url), 1, "url");
        }
        String hash = contentHash(d.text());
        if (byHash.containsKey(hash)) {
            return new Verdict(Verdict.Kind.DUPLICATE, byHash.get(hash), 1, "content-hash");
        }
        long[] sig = signature(d.text());
        return sig == null ? Verdict.NEW : nearest(sig);
    }

    /** Adds the document, so later documents are compared with it. Adding an id twice replaces nothing. */
    public void add(Document d) {
        if (signatures.containsKey(d.id())) {
            return;
        }
        String url = canonicalUrl(d.url());
        if (url != null) {
            byUrl.putIfAbsent(url, d.id());
        }
        byHash.putIfAbsent(contentHash(d.text()), d.id());
        long[] sig = signature(d.text());
        if (sig != null) {
            index(d.id(), sig);
        }
    }

    /** Documents added. */
    public int size() {
        return byHash.size();
    }

    private Verdict nearest(long[] sig) {
        String best = null;
        double bestSim = 0;
        for (int band = 0; band < config.bands(); band++) {
            for (String id : buckets.get(band).getOrDefault(bandKey(sig, band), List.of())) {
                double s = similarity(sig, signatures.get(id));
                if (s > bestSim || (s == bestSim && best != null && id.compareTo(best) < 0)) {
                    bestSim = s;
                    best = id;
                }
            }
        }
        return best != null && bestSim >= config.threshold()
                ? new Verdict(Verdict.Kind.NEAR_DUPLICATE, best, bestSim, "minhash") : Verdict.NEW;
    }

    private void index(String id, long[] sig) {
        signatures.put(id, sig);
        for (int band = 0; band < config.bands(); band++) {
            buckets.get(band).computeIfAbsent(bandKey(sig, band), k -> new ArrayList<>(1)).add(id);
        }
    }

    private long bandKey(long[] sig, int band) {
        long h = 1125899906842597L;
        for (int i = band * config.rows(); i < (band + 1) * config.rows(); i++) {
            h = 31 * h + sig[i];
        }
        return h;
    }

    private static double similarity(long[] x, long[] y) {
        int same = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i]) {
                same++;
            }
        }
        return same / (double) x.length;
    }

    /** The MinHash signature of the text's word shingles, or {@code null} when it has too few words. */
    long[] signature(String text) {
        List<String> words = new ArrayList<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        if (words.size() < config.minWords()) {
            return null;
        }
        long[] sig = new long[config.hashes()];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (int i = 0; i + config.shingle() <= words.size(); i++) {
            long h = shingleHash(words, i);
            for (int k = 0; k < sig.length; k++) {
                long v = Math.floorMod(a[k] * h + b[k], PRIME);
                if (v < sig[k]) {
                    sig[k] = v;
                }
            }
        }
        return sig;
    }

    private long shingleHash(List<String> words, int from) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < from + config.shingle(); i++) {
            String w = words.get(i);
            for (int c = 0; c < w.length(); c++) {
                h ^= w.charAt(c);
                h *= 0x100000001b3L;
            }
            h ^= ' ';
            h *= 0x100000001b3L;
        }
        return h & Long.MAX_VALUE;
    }

    /** SHA-256 of the text, case folded and with white space collapsed. */
    static String contentHash(String text) {
        String norm = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(norm.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The URL with scheme and host lower-cased and fragment, tracking parameters and trailing slash removed. */
    static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(url.strip());
            if (u.getHost() == null) {
                return null;
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            StringBuilder q = new StringBuilder();
            if (u.getRawQuery() != null) {
                for (String p : u.getRawQuery().split("&")) {
                    String key = p.split("=", 2)[0];
                    if (!p.isEmpty() && !TRACKING.matcher(key).matches()) {
                        q.append(q.isEmpty() ? "?" : "&").append(p);
                    }
                }
            }
            String host = u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            int port = u.getPort();
            return "//" + host + (port < 0 || port == 80 || port == 443 ? "" : ":" + port) + path + q;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    // ---- persistence

    /** Writes the whole state; read it back with {@link #readFrom} and the same config. */
    public void writeTo(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(FORMAT);
        d.writeLong(config.seed());
        d.writeInt(config.hashes());
        writeMap(d, byUrl);
        writeMap(d, byHash);
        d.writeInt(signatures.size());
        for (var e : signatures.entrySet()) {
            d.writeUTF(e.getKey());
            for (long v : e.getValue()) {
                d.writeLong(v);
            }
        }
        d.flush();
    }

    /**
     * Restores a state written by {@link #writeTo}.
     *
     * @throws IOException when the data is not an index of this format and config
     */
    public static DuplicateIndex readFrom(InputStream in, DedupConfig config) throws IOException {
        DataInputStream d = new DataInputStream(in);
        if (d.readInt() != FORMAT || d.readLong() != config.seed() || d.readInt() != config.hashes()) {
            throw new IOException("duplicate index written with another format or config; rebuild it");
        }
        DuplicateIndex idx = new DuplicateIndex(config);
        readMap(d, idx.byUrl);
        readMap(d, idx.byHash);
        int n = d.readInt();
        for (int i = 0; i < n; i++) {
            String id = d.readUTF();
            long[] sig = new long[config.hashes()];
            for (int k = 0; k < sig.length; k++) {
                sig[k] = d.readLong();
            }
            idx.index(id, sig);
        }
        return idx;
    }

    private static void writeMap(DataOutputStream d, Map<String, String> m) throws IOException {
        d.writeInt(m.size());
        for (var e : m.entrySet()) {
            d.writeUTF(e.getKey());
            d.writeUTF(e.getValue());
        }
    }

    private static void readMap(DataInputStream d, Map<String, String> m) throws IOException {
        int n = d.readInt();
        for (int i = 0; i < n; i++) {
            m.put(d.readUTF(), d.readUTF());
        }
    }
}
