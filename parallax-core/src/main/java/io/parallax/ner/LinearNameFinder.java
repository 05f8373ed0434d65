package io.parallax.ner;

import io.parallax.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds names with a {@link NerModel}: feature-rich linear-chain scoring, BILOU Viterbi decoding, an optional
 * second pass that sees the first pass's labels for the same words elsewhere in the document, and span
 * confidences from forward-backward at the temperature calibrated for the stage that decided.
 *
 * <p>What each word contributes to the scores of the tokens around it is summed once and kept in a bounded cache
 * ({@link WordScores}), so that a word already seen costs a few row additions instead of some thirty weight
 * lookups; only the features that combine words are looked up per token.
 *
 * <p>Thread-safe: the model is immutable, the cache is concurrent and every call uses its own buffers. Time and
 * memory are linear in the number of tokens: sentences are decoded in windows of {@link #WINDOW} tokens, and features read at most
 * {@link TokenForms#MAX_CHARS} characters of a token.
 */
public final class LinearNameFinder implements NameFinder {

    /** Longest run of tokens decoded as one sequence; longer sentences are cut into windows. */
    public static final int WINDOW = 400;

    /** Words whose scores a finder keeps by default ({@link WordScores}): about 1 kB each with two stages. */
    public static final int CACHED_WORDS = 20_000;

    private static final int N = Labels.COUNT;

    private final NerModel model;
    private final FeatureExtractor features;
    private final StackedWeights weights;
    private final WordScores words;
    private final Lattice.Spec firstSpec;
    private final Lattice.Spec finalSpec;

    public LinearNameFinder(NerModel model) {
        this(model, CACHED_WORDS);
    }

    /** A finder whose word cache holds at most {@code cachedWords} words (at least 1). */
    LinearNameFinder(NerModel model, int cachedWords) {
        this.model = Objects.requireNonNull(model, "model");
        this.features = new FeatureExtractor(model.lexicons());
        this.weights = model.stacked();
        this.words = new WordScores(features, weights, model.lexicons().clusters().words(), model::vectorWord,
                model.vocabularyScores(), cachedWords);
        this.firstSpec = new Lattice.Spec(model.first().transitions(), model.sentenceTemperature());
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
        boolean second = document && model.second().isPresent();
        int stages = second ? 2 : 1;
        List<TokenForms[]> forms = new ArrayList<>(windows.size());
        List<float[][]> scores = new ArrayList<>(windows.size());
        int[] scratch = new int[StackedWeights.SCRATCH];
        FeatureKeys keys = new FeatureKeys(Math.min(WINDOW, longest(windows)) * CONTEXT_KEYS);
        for (Window w : windows) {
            WordScores.Entry[] run = words.entries(w.tokens());
            FeatureExtractor.View view = words.view(run);
            float[][] s = new float[stages][run.length * N];
            // One probe per context key serves both stages: the document stage sees the same sentence features.
            features.context(view, keys.clear());
            for (int stage = 0; stage < stages; stage++) {
                words.add(run, stage, s[stage]);
            }
            keys.score(weights, s, 0, stages, scratch);
            forms.add(view.forms());
            scores.add(s);
        }
        List<float[]> last = new ArrayList<>(scores.size());
        if (second) {
            List<float[]> first = scores.stream().map(s -> s[0]).toList();
            int[][] evidence = DocumentEvidence.compute(forms, decode(firstSpec, first, forms));
            for (int k = 0; k < forms.size(); k++) {
                features.extractDocument(forms.get(k), evidence[k], keys.clear());
                keys.score(weights, scores.get(k), 1, 2, scratch);
                last.add(scores.get(k)[1]);
            }
        } else {
            scores.forEach(s -> last.add(s[0]));
        }
        List<List<NameSpan>> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            out.add(new ArrayList<>());
        }
        Lattice lattice = new Lattice(second ? finalSpec : firstSpec);
        for (int k = 0; k < windows.size(); k++) {
            Window w = windows.get(k);
            names(lattice, last.get(k), forms.get(k).length, w.offset(), out.get(w.sentence()));
        }
        return out.stream().map(List::copyOf).toList();
    }

    /** Context feature keys per token, for sizing buffers (they grow when needed). */
    private static final int CONTEXT_KEYS = 16;

    private static int longest(List<Window> windows) {
        int n = 0;
        for (Window w : windows) {
            n = Math.max(n, w.tokens().length);
        }
        return n;
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
                    int to = Math.min(t.length, from + size);
                    out.add(new Window(s, from, java.util.Arrays.copyOfRange(t, from, to)));
                }
            }
            return out;
        }
    }
}
