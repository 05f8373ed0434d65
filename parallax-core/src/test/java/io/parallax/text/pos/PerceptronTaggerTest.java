package io.parallax.text.pos;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Trains a tiny tagger and lemmatiser on a fixture and checks that they learn, generalise and survive a file. */
class PerceptronTaggerTest {

    private static final String[][] FIXTURE = {
            {"Hunden", "NOUN", "hund", "springer", "VERB", "springa", "i", "ADP", "i", "parken", "NOUN", "park", ".", "PUNCT", "."},
            {"Katten", "NOUN", "katt", "sover", "VERB", "sova", "på", "ADP", "på", "soffan", "NOUN", "soffa", ".", "PUNCT", "."},
            {"Flickan", "NOUN", "flicka", "läser", "VERB", "läsa", "i", "ADP", "i", "skolan", "NOUN", "skola", ".", "PUNCT", "."},
            {"Pojken", "NOUN", "pojke", "leker", "VERB", "leka", "på", "ADP", "på", "gården", "NOUN", "gård", ".", "PUNCT", "."},
            {"Hundarna", "NOUN", "hund", "springer", "VERB", "springa", "i", "ADP", "i", "skogen", "NOUN", "skog", ".", "PUNCT", "."},
            {"Katterna", "NOUN", "katt", "sover", "VERB", "sova", "i", "ADP", "i", "huset", "NOUN", "hus", ".", "PUNCT", "."}};

    private static List<PerceptronTrainer.Sample> samples() {
        List<PerceptronTrainer.Sample> out = new ArrayList<>();
        for (String[] row : FIXTURE) {
            int n = row.length / 3;
            String[] words = new String[n];
            String[] tags = new String[n];
            for (int i = 0; i < n; i++) {
                words[i] = row[3 * i];
                tags[i] = row[3 * i + 1];
            }
            out.add(new PerceptronTrainer.Sample(words, tags));
        }
        return out;
    }

    private static LemmaModel lemmas() {
        List<LemmaTrainer.Sample> out = new ArrayList<>();
        for (String[] row : FIXTURE) {
            for (int i = 0; i < row.length; i += 3) {
                out.add(new LemmaTrainer.Sample(row[i], row[i + 1], row[i + 2]));
            }
        }
        return new LemmaTrainer().train(out);
    }

    private static final PerceptronTrainer.Config SMALL = new PerceptronTrainer.Config(8, 1L, 1, 1e-6);

    @Test
    void learnsTheTrainingSentencesAndGeneralisesToNewWords() {
        TaggerTraining.Models m = TaggerTraining.train(samples(), SMALL, 2, 2);
        PerceptronTagger tagger = new PerceptronTagger(m.first(), m.second(), lemmas());
        assertThat(tagger.tag(new String[]{"Katten", "sover", "i", "parken", "."}))
                .containsExactly("NOUN", "VERB", "ADP", "NOUN", "PUNCT");
        String[] unseen = {"Fågeln", "springer", "på", "taket", "."};
        String[] tags = tagger.tag(unseen);
        assertThat(tags[1]).isEqualTo("VERB");
        assertThat(tags[2]).isEqualTo("ADP");
        assertThat(tags[4]).isEqualTo("PUNCT");
    }

    @Test
    void lemmatisesKnownWordsAndUnknownWordsBySuffixRules() {
        LemmaModel model = lemmas();
        assertThat(model.lemma("Hundarna", "NOUN")).isEqualTo("hund");
        assertThat(model.lemma("springer", "VERB")).isEqualTo("springa");
        // Never seen: "-arna" → "" learned from "Hundarna", "Katterna" ("-erna" → "").
        assertThat(model.lemma("bilarna", "NOUN")).isEqualTo("bil");
        assertThat(model.lemma("2026", "NUM")).isEqualTo("2026");
        assertThat(model.lemma("»", "PUNCT")).isEqualTo("»");
    }

    @Test
    void modelsSurviveAFileRoundTrip() throws IOException {
        TaggerTraining.Models m = TaggerTraining.train(samples(), SMALL, 2, 1);
        ByteArrayOutputStream pos = new ByteArrayOutputStream();
        m.first().write(pos);
        PerceptronModel read = PerceptronModel.read(new ByteArrayInputStream(pos.toByteArray()));
        assertThat(read.tags()).isEqualTo(m.first().tags());
        assertThat(read.featureCount()).isEqualTo(m.first().featureCount());
        String[] s = {"Pojken", "läser", "på", "soffan", "."};
        assertThat(PerceptronTagger.pass(read, s, null)).containsExactly(PerceptronTagger.pass(m.first(), s, null));
        ByteArrayOutputStream lem = new ByteArrayOutputStream();
        lemmas().write(lem);
        assertThat(LemmaModel.read(new ByteArrayInputStream(lem.toByteArray())).lemma("Katterna", "NOUN")).isEqualTo("katt");
    }

    @Test
    void rejectsDamagedFilesAndMismatchedInput() {
        assertThatThrownBy(() -> PerceptronModel.read(new ByteArrayInputStream(new byte[]{0x1f, (byte) 0x8b, 0})))
                .isInstanceOf(IOException.class);
        PerceptronTagger tagger = new PerceptronTagger(new PerceptronTrainer(SMALL).train(samples()), null, lemmas());
        assertThat(tagger.tag(new String[0])).isEmpty();
        assertThatThrownBy(() -> tagger.lemmatize(new String[]{"a"}, new String[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
