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
     * @throws IllegalArgumentException for an unknown part name
     */
    public static List<LabeledDocument> read(String spec) {
        int hash = spec.lastIndexOf('#');
        String part = hash < 0 ? "" : spec.substring(hash + 1);
        List<LabeledDocument> docs = ConllReader.read(Path.of(file(spec)));
        return switch (part) {
            case "" -> docs;
            case "train" -> part(units(docs), false);
            case "test" -> part(units(docs), true);
            default -> throw new IllegalArgumentException("unknown corpus part '" + part + "' in " + spec
                    + " (use #train or #test)");
        };
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
