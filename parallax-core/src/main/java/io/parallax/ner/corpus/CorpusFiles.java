package io.parallax.ner.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Names corpus files and fixed parts of them. {@code FILE} is the whole file; {@code FILE#train} and
 * {@code FILE#test} are a fixed 80/20 split: the file's units are numbered in order from 0 and every fifth unit
 * (number 4, 9, 14, …) is test. A unit is a document when the file has at least {@value #MIN_DOCUMENTS} of
 * them, else a block of {@value #BLOCK} consecutive sentences (for corpora without document markers, such as the
 * Swedish news corpus). No randomness, so the split is the same everywhere.
 *
 * <p>{@code FILE#train/K} keeps every K-th unit of the training part (numbering its units from 0, those numbered
 * 0, K, 2K, …): a smaller training set spread evenly over the file, for learning curves (how much would more
 * annotation help).
 */
public final class CorpusFiles {

    static final int MIN_DOCUMENTS = 20;
    static final int BLOCK = 20;
    private static final int EVERY = 5;

    private CorpusFiles() {
    }

    /**
     * Reads a corpus specification.
     *
     * @throws IllegalArgumentException for an unknown part name, or a {@code train/K} whose K is not a positive
     *                                  integer
     */
    public static List<LabeledDocument> read(String spec) {
        int hash = spec.lastIndexOf('#');
        String part = hash < 0 ? "" : spec.substring(hash + 1);
        List<LabeledDocument> docs = ConllReader.read(Path.of(file(spec)));
        if (part.startsWith("train/")) {
            return everyKth(part(units(docs), false), stride(part, spec));
        }
        return switch (part) {
            case "" -> docs;
            case "train" -> part(units(docs), false);
            case "test" -> part(units(docs), true);
            default -> throw unknownPart(part, spec);
        };
    }

    private static int stride(String part, String spec) {
        try {
            int k = Integer.parseInt(part.substring("train/".length()));
            if (k >= 1) {
                return k;
            }
        } catch (NumberFormatException e) {
            // reported below, with the specification
        }
        throw unknownPart(part, spec);
    }

    private static IllegalArgumentException unknownPart(String part, String spec) {
        return new IllegalArgumentException("unknown corpus part '" + part + "' in " + spec
                + " (use #train, #test or #train/K with K ≥ 1)");
    }

    private static List<LabeledDocument> everyKth(List<LabeledDocument> units, int k) {
        List<LabeledDocument> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i += k) {
            out.add(units.get(i));
        }
        return out;
    }

    /** The file a corpus specification names, without its part ({@code FILE#train} gives {@code FILE}). */
    public static String file(String spec) {
        int hash = spec.lastIndexOf('#');
        return hash < 0 ? spec : spec.substring(0, hash);
    }

    /** The file's units: its documents, or blocks of sentences when it has too few documents. */
    static List<LabeledDocument> units(List<LabeledDocument> docs) {
        if (docs.size() >= MIN_DOCUMENTS) {
            return docs;
        }
        List<LabeledDocument> out = new ArrayList<>();
        for (LabeledDocument d : docs) {
            List<LabeledSentence> s = d.sentences();
            for (int i = 0; i < s.size(); i += BLOCK) {
                out.add(new LabeledDocument(d.id() + "/" + i, s.subList(i, Math.min(s.size(), i + BLOCK))));
            }
        }
        return out;
    }

    private static List<LabeledDocument> part(List<LabeledDocument> units, boolean test) {
        List<LabeledDocument> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if ((i % EVERY == EVERY - 1) == test) {
                out.add(units.get(i));
            }
        }
        return out;
    }
}
