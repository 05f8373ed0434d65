package io.parallax.ner;

import io.parallax.ner.corpus.LabeledDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The cache must give the scores of looking every feature up, whatever it holds and however often it empties. */
class WordScoresTest {

    private static final int N = Labels.COUNT;

    private static NerModel model;
    private static FeatureExtractor features;
    private static List<LabeledDocument> heldOut;

    @BeforeAll
    static void train() {
        model = new NerTrainer(NerFixtures.config(true), Lexicons.none(), line -> { })
                .train(NerFixtures.documents(20, true, 1)).model();
        features = new FeatureExtractor(model.lexicons());
        heldOut = NerFixtures.documents(4, false, 2);
    }

    @Test
    void cachedScoresEqualLookingEveryFeatureUp() {
        for (int capacity : new int[]{1, 7, LinearNameFinder.CACHED_WORDS}) {
            WordScores words = new WordScores(features, new StackedWeights(List.of(model.first())), capacity);
            for (LabeledDocument d : heldOut) {
                for (String[] tokens : d.tokenArrays()) {
                    float[] direct = direct(tokens);
                    float[] cached = cached(words, tokens);
                    assertThat(direct).isNotEqualTo(new float[direct.length]);
                    for (int k = 0; k < direct.length; k++) {
                        assertThat(cached[k]).as("capacity %d, cell %d", capacity, k)
                                .isCloseTo(direct[k], within(1e-4f * Math.max(1, Math.abs(direct[k]))));
                    }
                }
            }
            assertThat(words.size()).isLessThanOrEqualTo(capacity);
        }
    }

    @Test
    void aWordSeenAgainIsServedFromTheCache() {
        WordScores words = new WordScores(features, new StackedWeights(List.of(model.first())), 100);
        words.entries(new String[]{"Oslo", "Oslo", "said"});
        assertThat(words.size()).isEqualTo(2);
        WordScores.Entry[] again = words.entries(new String[]{"Oslo"});
        assertThat(again[0]).isSameAs(words.entries(new String[]{"Oslo"})[0]);
    }

    @Test
    void longTokensShareTheEntryOfTheirReadPrefix() {
        WordScores words = new WordScores(features, new StackedWeights(List.of(model.first())), 100);
        String prefix = "x".repeat(TokenForms.MAX_CHARS);
        words.entries(new String[]{prefix + "a".repeat(10_000), prefix + "b".repeat(20_000), null});
        assertThat(words.size()).isEqualTo(2);
    }

    @Test
    void findersWithAnyCacheSizeFindTheSameNames() {
        LinearNameFinder small = new LinearNameFinder(model, 1);
        LinearNameFinder large = new LinearNameFinder(model);
        for (LabeledDocument d : heldOut) {
            List<List<NameSpan>> a = small.findAll(d.tokenArrays());
            List<List<NameSpan>> b = large.findAll(d.tokenArrays());
            assertThat(a).hasSameSizeAs(b);
            for (int s = 0; s < a.size(); s++) {
                assertThat(a.get(s)).hasSameSizeAs(b.get(s));
                for (int k = 0; k < a.get(s).size(); k++) {
                    NameSpan x = a.get(s).get(k);
                    NameSpan y = b.get(s).get(k);
                    assertThat(List.of(x.start(), x.end(), x.type())).isEqualTo(List.of(y.start(), y.end(), y.type()));
                    assertThat(x.confidence()).isCloseTo(y.confidence(), within(1e-5));
                }
            }
        }
    }

    private static float[] direct(String[] tokens) {
        float[] s = new float[tokens.length * N];
        features.extract(FeatureExtractor.forms(tokens), (t, key) -> model.first().add(key, s, t * N));
        return s;
    }

    private static float[] cached(WordScores words, String[] tokens) {
        float[] s = new float[tokens.length * N];
        WordScores.Entry[] run = words.entries(tokens);
        words.add(run, 0, s);
        features.context(words.view(run), (t, key) -> model.first().add(key, s, t * N));
        return s;
    }
}
