package io.parallax.ner;

import io.parallax.util.Lazy;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained name recogniser for one language: the weights of a first-stage (sentence) model and, optionally, a
 * second stage that also sees what the first stage found elsewhere in the document; the {@link Lexicons} its
 * features read; and the temperatures that calibrate the confidences of each stage. Immutable (it also keeps, for
 * its finders, tables derived from the weights, made or filled on first use), thread-safe, validated on load,
 * serialisable with {@link #write}. Use it through {@link LinearNameFinder}.
 */
public final class NerModel {

    private static final int MAGIC = 0x50584E52;
    /**
     * Format 5 added the lexicons' spelling dictionary, format 6 their embedding clusters, format 7 their clusters
     * of pretrained vectors; files of formats 4 to 6 are still read (without them).
     */
    private static final int VERSION = 7;
    private static final int OLDEST_VERSION = 4;
    private static final int END = 0x454E4421;

    private final String language;
    private final Map<String, String> info;
    private final double temperature;
    private final double sentenceTemperature;
    private final Lexicons lexicons;
    private final ChainWeights first;
    private final ChainWeights second;
    /** The stages' weights stacked for scoring, made on first use ({@link #stacked}). */
    private final Lazy<StackedWeights> stacked = Lazy.of(() -> new StackedWeights(stages()));
    /**
     * The scores of the words of the cluster vocabulary met so far, and of up to {@link WordScores#SHARED_EXTRA}
     * words the vector clusters know ({@link #vocabularyScores}, {@link #vectorWord}): derived from the model and
     * filled as recognisers meet the words, so the model's behaviour does not depend on it.
     */
    private final ConcurrentMap<String, WordScores.Entry> vocabularyScores = new ConcurrentHashMap<>();

    /**
     * @param temperature         calibrates the confidences of the last stage (the document stage, if any)
     * @param sentenceTemperature calibrates the confidences of the first stage alone (sentence by sentence)
     */
    NerModel(String language, Map<String, String> info, double temperature, double sentenceTemperature,
             Lexicons lexicons, ChainWeights first, ChainWeights second) {
        for (double t : new double[]{temperature, sentenceTemperature}) {
            if (!(t > 0) || Double.isInfinite(t)) {
                throw new IllegalArgumentException("bad temperature " + t);
            }
        }
        this.language = Objects.requireNonNull(language, "language");
        this.info = Map.copyOf(info);
        this.temperature = temperature;
        this.sentenceTemperature = sentenceTemperature;
        this.lexicons = Objects.requireNonNull(lexicons, "lexicons");
        this.first = Objects.requireNonNull(first, "first");
        this.second = second;
    }

    /** ISO 639-1 code of the language the model was trained for. */
    public String language() {
        return language;
    }

    /** Free-form facts about training (data, date, held-out scores), as written into the model card. */
    public Map<String, String> info() {
        return info;
    }

    public double temperature() {
        return temperature;
    }

    public double sentenceTemperature() {
        return sentenceTemperature;
    }

    /** Number of features with weights, over both stages. */
    public int featureCount() {
        return first.features() + (second == null ? 0 : second.features());
    }

    public boolean hasDocumentStage() {
        return second != null;
    }

    public Lexicons lexicons() {
        return lexicons;
    }

    ChainWeights first() {
        return first;
    }

    Optional<ChainWeights> second() {
        return Optional.ofNullable(second);
    }

    private List<ChainWeights> stages() {
        return second == null ? List.of(first) : List.of(first, second);
    }

    /** Both stages' weights in one table, for scoring; made once, on first use, and shared by every finder. */
    StackedWeights stacked() {
        return stacked.get();
    }

    /**
     * What the words of the cluster vocabulary met so far contribute to the scores around them ({@link
     * WordScores}), shared by every finder of this model: these words were seen at least a few times in the
     * unlabelled text, so they make up most tokens of any news text, and a finder meeting one for the first time
     * need not score it again. At most one entry, about 1 kB, per vocabulary word; thread-safe.
     */
    ConcurrentMap<String, WordScores.Entry> vocabularyScores() {
        return vocabularyScores;
    }

    /** Whether the clusters of pretrained vectors know a lower-cased word; their words' scores are shared too. */
    boolean vectorWord(String lowerCased) {
        WordClusters v = lexicons.vectors();
        return v.size() > 0 && v.exactPath(lowerCased) != 0;
    }

    NerModel withInfo(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(info);
        all.putAll(more);
        return new NerModel(language, all, temperature, sentenceTemperature, lexicons, first, second);
    }

    /** Writes the model, gzip-compressed. Does not close the stream. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(out), 1 << 16);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeUTF(language);
        d.writeInt(info.size());
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(info).entrySet()) {
            d.writeUTF(e.getKey());
            d.writeUTF(e.getValue());
        }
        d.writeDouble(temperature);
        d.writeDouble(sentenceTemperature);
        lexicons.write(d);
        first.write(d);
        d.writeBoolean(second != null);
        if (second != null) {
            second.write(d);
        }
        d.writeInt(END);
        d.flush();
        gz.finish();
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @throws IOException when the stream is not a model of this version or is damaged
     */
    public static NerModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        if (d.readInt() != MAGIC) {
            throw new IOException("not a Parallax NER model");
        }
        int version = d.readInt();
        if (version < OLDEST_VERSION || version > VERSION) {
            throw new IOException("NER model version " + version + ", expected " + OLDEST_VERSION + " to " + VERSION);
        }
        String language = d.readUTF();
        Map<String, String> info = readInfo(d);
        double temperature = d.readDouble();
        double sentenceTemperature = d.readDouble();
        Lexicons lexicons = Lexicons.read(d, version >= 5, version >= 6, version >= 7);
        ChainWeights first = ChainWeights.read(d);
        ChainWeights second = d.readBoolean() ? ChainWeights.read(d) : null;
        if (d.readInt() != END) {
            throw new IOException("NER model is truncated or damaged");
        }
        try {
            return new NerModel(language, info, temperature, sentenceTemperature, lexicons, first, second);
        } catch (IllegalArgumentException e) {
            throw new IOException("bad NER model: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> readInfo(DataInputStream d) throws IOException {
        int n = d.readInt();
        if (n < 0 || n > 10_000) {
            throw new IOException("bad info count " + n);
        }
        Map<String, String> info = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            info.put(d.readUTF(), d.readUTF());
        }
        return info;
    }

    /** Lets the gzip stream finish without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
