package io.parallax.ner;

import io.parallax.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds names with a {@link NerModel}: feature-rich linear-chain scoring, BILOU Viterbi decoding, an optional
 * second pass that sees the first pass's labels for the same words elsewhere in the document, and span
 * confidences from forward-backward at the model's calibrated temperature.
 *
 * <p>Thread-safe: the model is immutable and every call uses its own buffers. Time and memory are linear in the
 * number of tokens: sentences are decoded in windows of {@link #WINDOW} tokens, and features read at most
 * {@link TokenForms#MAX_CHARS} characters of a token.
 */
public final class LinearNameFinder implements NameFinder {

    /** Longest run of tokens decoded as one sequence; longer sentences are cut into windows. */
    public static final int WINDOW = 400;

    private static final int N = Labels.COUNT;

    private final NerModel model;
    private final FeatureExtractor features;
    private final Lattice.Spec firstSpec;
    private final Lattice.Spec finalSpec;

    public LinearNameFinder(NerModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.features = new FeatureExtractor(model.clusters(), model.gazetteer());
        this.firstSpec = new Lattice.Spec(model.first().transitions(), model.temperature());
        this.finalSpec = model.second().map(s -> new Lattice.Spec(s.transitions(), model.temperature()))
                .orElse(firstSpec);
    }

    public NerModel model() {
        return model;
    }

    @Override
    public List<NameSpan> find(String[] tokens) {
        if (tokens == null || tokens.length == 0) {
            return List.of();
        }
        return run(List.<String[]>of(tokens), false).get(0);
    }

    /**
     * {@inheritDoc}
     *
     * <p>With a document stage in the model, a second pass re-labels each sentence knowing what the first pass
     * found for the same words elsewhere in the document. {@link #find} uses the first pass only: the second is
     * trained on whole documents and would misjudge a sentence seen alone.
     */
    @Override
    public List<List<NameSpan>> findAll(List<String[]> sentences) {
        return run(sentences, true);
    }

    private List<List<NameSpan>> run(List<String[]> sentences, boolean document) {
        List<Window> windows = Window.cut(sentences, WINDOW);
        List<TokenForms[]> forms = new ArrayList<>(windows.size());
        for (Window w : windows) {
            forms.add(FeatureExtractor.forms(w.tokens()));
        }
        List<float[]> scores = score(model.first(), forms, null);
        boolean second = document && model.second().isPresent();
        if (second) {
            List<int[]> firstLabels = decode(firstSpec, scores, forms);
            int[][] evidence = DocumentEvidence.compute(forms, firstLabels);
            scores = score(model.second().get(), forms, evidence);
        }
        List<List<NameSpan>> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            out.add(new ArrayList<>());
        }
        Lattice lattice = new Lattice(second ? finalSpec : firstSpec);
        for (int k = 0; k < windows.size(); k++) {
            Window w = windows.get(k);
            names(lattice, scores.get(k), forms.get(k).length, w.offset(), out.get(w.sentence()));
        }
        return out.stream().map(List::copyOf).toList();
    }

    /** Labels for each window under one stage's scores (used between the stages). */
    static List<int[]> decode(Lattice.Spec spec, List<float[]> scores, List<TokenForms[]> forms) {
        Lattice lattice = new Lattice(spec);
        List<int[]> labels = new ArrayList<>(scores.size());
        for (int k = 0; k < scores.size(); k++) {
            int n = forms.get(k).length;
            labels.add(n == 0 ? new int[0] : lattice.viterbi(scores.get(k), n));
        }
        return labels;
    }

    List<float[]> score(ChainWeights weights, List<TokenForms[]> forms, int[][] evidence) {
        List<float[]> out = new ArrayList<>(forms.size());
        for (int k = 0; k < forms.size(); k++) {
            float[] s = new float[forms.get(k).length * N];
            features.extract(forms.get(k), evidence == null ? null : evidence[k], weights.scorer(s));
            out.add(s);
        }
        return out;
    }

    private static void names(Lattice lattice, float[] scores, int n, int offset, List<NameSpan> out) {
        if (n == 0) {
            return;
        }
        int[] labels = lattice.viterbi(scores, n);
        List<int[]> spans = Labels.spans(labels);
        if (spans.isEmpty()) {
            return;
        }
        lattice.forwardBackward(scores, n);
        for (int[] sp : spans) {
            EntityType type = Labels.type(labels[sp[0]]);
            double p = Math.min(1, Math.max(0, lattice.spanProbability(labels, sp[0], sp[1])));
            out.add(new NameSpan(offset + sp[0], offset + sp[1], type, p));
        }
    }

    /** A run of at most {@code WINDOW} tokens of one sentence. */
    record Window(int sentence, int offset, String[] tokens) {

        static List<Window> cut(List<String[]> sentences, int size) {
            List<Window> out = new ArrayList<>(sentences.size());
            for (int s = 0; s < sentences.size(); s++) {
                String[] t = sentences.get(s) == null ? new String[0] : sentences.get(s);
                for (int from = 0; from < t.length; from += size) {
                    out.add(new Window(s, from, java.util.Arrays.copyOfRange(t, from, Math.min(t.length, from + size))));
                }
            }
            return out;
        }
    }
}
