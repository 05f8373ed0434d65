package io.parallax.lang;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.GZIPInputStream;

/**
 * A character n-gram language model for many languages: for each language and each n-gram (n = 1..{@link
 * #MAX_ORDER}) of lower-cased letters, the conditional log-probability of its last letter given the ones before,
 * quantised to one byte; plus a per-language log prior, the {@link Scoring} parameters and the {@link Calibration}
 * of its confidences.
 *
 * <p>Immutable and thread-safe. Built by {@link NgramModelBuilder}, which also writes the file format that
 * {@link #read} loads and validates (magic, version, bounds, checksum).
 */
public final class NgramModel {

    public static final int MAX_ORDER = 5;
    static final int MAGIC = 0x50584C44; // "PXLD"
    static final int VERSION = 1;
    /** Quantisation: byte q stands for log-probability -q * STEP. */
    static final double STEP = 20.0 / 255;

    private final List<String> languages;
    private final int[] maxOrder;
    private final double[] prior;
    private final NgramTable[] tables;
    private final Scoring scoring;
    private final Calibration calibration;

    NgramModel(List<String> languages, int[] maxOrder, double[] prior, NgramTable[] tables, Scoring scoring,
               Calibration calibration) {
        if (languages.size() != maxOrder.length || languages.size() != prior.length || tables.length != MAX_ORDER) {
            throw new IllegalArgumentException("inconsistent model parts");
        }
        this.languages = List.copyOf(languages);
        this.maxOrder = maxOrder.clone();
        this.prior = prior.clone();
        this.tables = tables.clone();
        this.scoring = Objects.requireNonNull(scoring, "scoring");
        this.calibration = Objects.requireNonNull(calibration, "calibration");
    }

    /** The languages, by ISO 639-1 code; a language's index is its id in the model. */
    public List<String> languages() {
        return languages;
    }

    public Scoring scoring() {
        return scoring;
    }

    public Calibration calibration() {
        return calibration;
    }

    /** The same n-grams with other scoring parameters, priors and calibration (shares the tables). */
    public NgramModel with(Scoring newScoring, double[] newPrior, Calibration newCalibration) {
        return new NgramModel(languages, maxOrder, newPrior, tables, newScoring, newCalibration);
    }

    /** A copy of the per-language log priors. */
    public double[] priors() {
        return prior.clone();
    }

    int maxOrder(int language) {
        return maxOrder[language];
    }

    double prior(int language) {
        return prior[language];
    }

    NgramTable table(int order) {
        return tables[order - 1];
    }

    static double logProbability(int quantised) {
        return -(quantised & 0xFF) * STEP;
    }

    /** Distinct n-grams over all orders. */
    public long ngramCount() {
        long n = 0;
        for (NgramTable t : tables) {
            n += t.size();
        }
        return n;
    }

    /** (n-gram, language) entries over all orders. */
    public long entryCount() {
        long n = 0;
        for (NgramTable t : tables) {
            n += t.postingCount();
        }
        return n;
    }

    /** Approximate heap taken by the tables. */
    public long heapBytes() {
        long n = 0;
        for (NgramTable t : tables) {
            n += t.heapBytes();
        }
        return n;
    }

    /**
     * Reads a gzip-compressed model written by {@link NgramModelBuilder#write}.
     *
     * @throws IOException when the stream is not a valid model (wrong magic or version, inconsistent sizes,
     *                     bad checksum) or cannot be read
     */
    public static NgramModel read(InputStream in) throws IOException {
        CheckedInputStream checked = new CheckedInputStream(
                new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16), new CRC32());
        DataInputStream data = new DataInputStream(checked);
        try {
            NgramModel model = ModelFormat.read(data);
            long expected = checked.getChecksum().getValue();
            if (data.readLong() != expected) {
                throw new IOException("language model checksum mismatch: the file is damaged");
            }
            return model;
        } catch (EOFException e) {
            throw new IOException("language model file is truncated", e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException("invalid language model: " + e.getMessage(), e);
        }
    }
}
