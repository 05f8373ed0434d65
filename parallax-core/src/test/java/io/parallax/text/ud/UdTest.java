package io.parallax.text.ud;

import io.parallax.model.Span;
import io.parallax.text.IcuTokenizer;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UdTest {

    private static final String CONLLU = """
            # newdoc id = d1
            # sent_id = s1
            # text = Hunden sover, nu.
            1	Hunden	hund	NOUN	_	_	2	nsubj	_	_
            2	sover	sova	VERB	_	_	0	root	_	SpaceAfter=No
            3	,	,	PUNCT	_	_	4	punct	_	_
            4	nu	nu	ADV	_	_	2	advmod	_	SpaceAfter=No
            5	.	.	PUNCT	_	_	2	punct	_	_

            # sent_id = s2
            1-2	Vad's	_	_	_	_	_	_	_	_
            1	Vad	vad	PRON	_	_	0	root	_	_
            2	's	vara	AUX	_	_	1	cop	_	_

            """;

    private static List<UdSentence> read() throws IOException {
        return ConlluReader.read(new BufferedReader(new StringReader(CONLLU)), "fixture");
    }

    @Test
    void readsWordsTextAndDocuments() throws IOException {
        List<UdSentence> s = read();
        assertThat(s).hasSize(2);
        assertThat(s.get(0).text()).isEqualTo("Hunden sover, nu.");
        assertThat(s.get(0).docId()).isEqualTo("d1");
        assertThat(s.get(0).forms()).containsExactly("Hunden", "sover", ",", "nu", ".");
        assertThat(s.get(0).tags()).containsExactly("NOUN", "VERB", "PUNCT", "ADV", "PUNCT");
        assertThat(s.get(0).lemmas()).containsExactly("hund", "sova", ",", "nu", ".");
        assertThat(s.get(1).forms()).containsExactly("Vad", "'s");
        assertThat(s.get(1).text()).isEqualTo("Vad 's");
    }

    @Test
    void rejectsShortLinesWithTheLineNumber() {
        assertThatThrownBy(() -> ConlluReader.read(new BufferedReader(new StringReader("1\tx\n")), "bad"))
                .isInstanceOf(IOException.class).hasMessageContaining("bad:1");
    }

    @Test
    void splitIsFixedDisjointAndComplete() {
        List<UdSentence> all = new ArrayList<>();
        for (int i = 0; i < 95; i++) {
            all.add(new UdSentence("s" + i, "", "x", List.of(new UdToken("x", "x", "X", true))));
        }
        UdSplit a = UdSplit.of(all, 7, 0.2, 10);
        UdSplit b = UdSplit.of(all, 7, 0.2, 10);
        assertThat(a).isEqualTo(b);
        Set<String> train = new HashSet<>(a.train().stream().map(UdSentence::id).toList());
        assertThat(a.heldOut()).noneMatch(s -> train.contains(s.id()));
        assertThat(a.train().size() + a.heldOut().size()).isEqualTo(95);
        assertThat(a.heldOut().size()).isBetween(15, 25);
        assertThat(UdSplit.of(all, 8, 0.2, 10)).isNotEqualTo(a);
        assertThatThrownBy(() -> UdSplit.of(all, 7, 1.0, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void evaluatorScoresTokensAndSentences() throws IOException {
        List<UdSentence> s = read().subList(0, 1);
        TextEvaluator.Prf perfect = TextEvaluator.tokenization(text -> TextEvaluator.goldSpans(text,
                new String[]{"Hunden", "sover", ",", "nu", "."}), s);
        assertThat(perfect.f1()).isEqualTo(1.0);
        TextEvaluator.Prf icu = TextEvaluator.tokenization(new IcuTokenizer("sv"), s);
        assertThat(icu.f1()).isEqualTo(1.0);
        TextEvaluator.Prf oneToken = TextEvaluator.tokenization(text -> List.of(new Span(0, text.length())), s);
        assertThat(oneToken.f1()).isZero();
        TextEvaluator.Prf sentences = TextEvaluator.sentences(text -> List.of(new Span(0, text.length())), s, 5);
        assertThat(sentences.f1()).isEqualTo(1.0);
    }
}
