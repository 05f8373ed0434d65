package io.parallax.ner;

import io.parallax.ner.corpus.LabeledDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

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
            WordScores words = new WordScores(features, new StackedWeights(List.of(model.first())), Set.of(),
                    new ConcurrentHashMap<>(), capacity);
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
        WordScores words = new WordScores(features, new StackedWeights(List.of(model.first())), Set.of(),
                new ConcurrentHashMap<>(), 100);
        words.entries(new String[]{"Oslo", "Oslo", "said"});
        assertThat(words.size()).isEqualTo(2);
        WordScores.Entry[] again = words.entries(new String[]{"Oslo"});
        assertThat(again[0]).isSameAs(words.entries(new String[]{"Oslo"})[0]);
    }

    @Test
    void vocabularyWordsAreSharedBetweenFindersAndScoreTheSame() {
        StackedWeights weights = new StackedWeights(List.of(model.first()));
        Set<String> vocabulary = heldOut.stream().flatMap(d -> d.tokenArrays().stream())
                .flatMap(java.util.Arrays::stream).distinct().limit(40).collect(java.util.stream.Collectors.toSet());
        ConcurrentMap<String, WordScores.Entry> shared = new ConcurrentHashMap<>();
        WordScores one = new WordScores(features, weights, vocabulary, shared, 1);
        WordScores other = new WordScores(features, weights, vocabulary, shared, 1);
        for (LabeledDocument d : heldOut) {
            for (String[] tokens : d.tokenArrays()) {
                float[] alone = cached(new WordScores(features, weights, Set.of(), new ConcurrentHashMap<>(), 1), tokens);
                assertThat(cached(one, tokens)).containsExactly(alone);
            }
        }
        assertThat(shared).hasSize(vocabulary.size());
        String word = vocabulary.iterator().next();
        assertThat(other.entries(new String[]{word})[0]).isSameAs(shared.get(word));
        assertThat(one.size()).as("vocabulary words stay out of the bounded cache").isLessThanOrEqualTo(1);
        assertThat(other.size()).isZero();
    }

    @Test
    void wordsTheTestNamesAreSharedOnlyWhileThereIsRoom() {
        StackedWeights weights = new StackedWeights(List.of(model.first()));
        ConcurrentMap<String, WordScores.Entry> shared = new ConcurrentHashMap<>();
        WordScores words = new WordScores(features, weights, Set.of("said"), w -> w.startsWith("w"), shared, 10);
        words.entries(new String[]{"said", "w0", "Oslo", "w1"});
        assertThat(shared).containsOnlyKeys("said", "w0", "w1");
        assertThat(words.size()).as("other words go to the finder's own cache").isEqualTo(1);
        String[] many = new String[WordScores.SHARED_EXTRA + 5];
        for (int i = 0; i < many.length; i++) {
            many[i] = "w" + i;
        }
        words.entries(many);
        // The vocabulary's one word, and as many more as the limit allows.
        assertThat(shared).hasSize(1 + WordScores.SHARED_EXTRA);
        assertThat(words.entries(new String[]{"said"})[0]).isSameAs(shared.get("said"));
    }

    @Test
    void longTokensShareTheEntryOfTheirReadPrefix() {
        WordScores words = new WordScores(features, new StackedWeights(List.of(model.first())), Set.of(),
                new ConcurrentHashMap<>(), 100);
        String prefix = "x".repeat(TokenForms.MAX_CHARS);
        words.entries(new String[]{prefix + "a".repeat(10_000), prefix + "b".repeat(20_000), null});
        assertThat(words.size()).isEqualTo(2);
    }

    @Test
    void findersWithAnyCacheSizeFindTheSameNames() {
        LinearNameFinder small = new LinearNameFinder(model, 1);
        LinearNameFinder large = new LinearNameFinder(model);
        for (LabeledDocument d : heldOut) {
            assertThat(sameNames(small.findAll(d.tokenArrays()), large.findAll(d.tokenArrays()))).isTrue();
        }
    }

    @Test
    void threadsSharingASmallCacheFindWhatOneThreadFinds() throws Exception {
        LinearNameFinder shared = new LinearNameFinder(model, 5);
        List<List<List<NameSpan>>> expected = heldOut.stream()
                .map(d -> new LinearNameFinder(model).findAll(d.tokenArrays())).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (int d = 0; d < heldOut.size(); d++) {
                            if (!sameNames(shared.findAll(heldOut.get(d).tokenArrays()), expected.get(d))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean sameNames(List<List<NameSpan>> a, List<List<NameSpan>> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int s = 0; s < a.size(); s++) {
            if (a.get(s).size() != b.get(s).size()) {
                return false;
            }
            for (int k = 0; k < a.get(s).size(); k++) {
                NameSpan x = a.get(s).get(k);
                NameSpan y = b.get(s).get(k);
                if (x.start() != y.start() || x.end() != y.end() || x.type() != y.type()
                        || Math.abs(x.confidence() - y.confidence()) > 1e-5) {
                    return false;
                }
            }
        }
        return true;
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
