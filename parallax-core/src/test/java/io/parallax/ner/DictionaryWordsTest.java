package io.parallax.ner;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DictionaryWordsTest {

    private static final DictionaryWords WORDS = new DictionaryWords(
            new long[]{Hash64.of("polisen"), Hash64.of("borås"), Hash64.of("området"), Hash64.of("borås")},
            new byte[]{DictionaryWords.COMMON, DictionaryWords.PROPER, DictionaryWords.COMMON,
                    DictionaryWords.COMMON});

    @Test
    void knowsCommonAndProperFormsAndMergesBoth() {
        assertThat(WORDS.size()).isEqualTo(3);
        assertThat(WORDS.classOf(Hash64.of("polisen"))).isEqualTo(DictionaryWords.COMMON);
        assertThat(WORDS.classOf(Hash64.of("borås"))).isEqualTo(DictionaryWords.COMMON | DictionaryWords.PROPER);
        assertThat(WORDS.classOf(Hash64.of("westman"))).isZero();
        assertThat(DictionaryWords.none().classOf(Hash64.of("polisen"))).isZero();
    }

    @Test
    void findsEveryFormOfALargeTableWhateverTheSignOfItsHash() {
        java.util.Random random = new java.util.Random(7);
        long[] hashes = new long[20_000];
        byte[] classes = new byte[hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = random.nextLong();
            classes[i] = (byte) (1 + random.nextInt(3));
        }
        DictionaryWords words = new DictionaryWords(hashes, classes);
        for (int i = 0; i < hashes.length; i++) {
            assertThat(words.classOf(hashes[i])).isEqualTo(classes[i]);
        }
        assertThat(words.classOf(Long.MIN_VALUE)).isZero();
        assertThat(words.classOf(Long.MAX_VALUE)).isZero();
    }

    @Test
    void survivesSerialisationAndRejectsBadClasses() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WORDS.write(new DataOutputStream(bytes));
        DictionaryWords back = DictionaryWords.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(back.size()).isEqualTo(3);
        assertThat(back.classOf(Hash64.of("borås"))).isEqualTo(3);
        assertThatThrownBy(() -> new DictionaryWords(new long[]{1}, new byte[]{4}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DictionaryWords(new long[]{1, 2}, new byte[]{1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addsFeaturesOnlyWhenTheLexiconsHaveADictionary() {
        String[] tokens = {"Polisen", "i", "Stockholmsområdet", "grep", "Westman", "."};
        Set<Long> without = keys(new Lexicons(WordClusters.none(), Gazetteer.none(), CaseLexicon.none()), tokens);
        Set<Long> with = keys(new Lexicons(WordClusters.none(), Gazetteer.none(), CaseLexicon.none(), WORDS), tokens);
        assertThat(with).containsAll(without);
        assertThat(with.size()).isGreaterThan(without.size());
    }

    @Test
    void looksUpTheGenitiveStemOfAnUnknownWord() {
        Lexicons lex = new Lexicons(WordClusters.none(), Gazetteer.none(), CaseLexicon.none(), WORDS);
        Set<Long> known = keys(lex, new String[]{"Polisens"});
        Set<Long> unknown = keys(lex, new String[]{"Westmans"});
        known.removeAll(keys(Lexicons.none(), new String[]{"Polisens"}));
        unknown.removeAll(keys(Lexicons.none(), new String[]{"Westmans"}));
        assertThat(known).hasSize(2);
        assertThat(unknown).hasSize(1);
    }

    private static Set<Long> keys(Lexicons lexicons, String[] tokens) {
        Set<Long> out = new HashSet<>();
        new FeatureExtractor(lexicons).extract(FeatureExtractor.forms(tokens), (t, key) -> out.add(key));
        return out;
    }
}
