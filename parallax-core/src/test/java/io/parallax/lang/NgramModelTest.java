package io.parallax.lang;

import io.parallax.model.LanguageGuess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Trains a tiny model on a small fixture and checks the wiring: scoring, file format, restrictions, bad input. */
class NgramModelTest {

    static final List<String> EN = List.of(
            "the government said on monday that the new law would come into force next year",
            "the president told reporters that the talks were going well and that he was hopeful",
            "there were no reports of injuries after the storm hit the coast on sunday night",
            "the company said its profits had fallen because of weaker demand for its products");
    static final List<String> SV = List.of(
            "regeringen sade på måndagen att den nya lagen skulle träda i kraft nästa år",
            "presidenten sade till journalisterna att samtalen gick bra och att han var hoppfull",
            "det fanns inga rapporter om skadade efter att stormen drabbade kusten på söndagskvällen",
            "företaget sade att vinsten hade minskat på grund av svagare efterfrågan på dess produkter");
    static final List<String> DE = List.of(
            "die regierung sagte am montag dass das neue gesetz im nächsten jahr in kraft treten werde",
            "der präsident sagte den journalisten dass die gespräche gut verliefen und er hoffnungsvoll sei",
            "es gab keine berichte über verletzte nachdem der sturm am sonntagabend die küste getroffen hatte",
            "das unternehmen sagte sein gewinn sei wegen der schwächeren nachfrage gesunken");

    static NgramModelBuilder builder;
    static NgramModel model;

    @BeforeAll
    static void train() {
        builder = new NgramModelBuilder();
        builder.addCounts("en", EN, 1);
        builder.addCounts("sv", SV, 1);
        builder.addCounts("de", DE, 1);
        model = builder.build();
    }

    @Test
    void identifiesUnseenSentences() {
        LanguageIdentifier id = new NgramLanguageIdentifier(model);
        assertThat(id.identify("the storm said that the government would go").language()).isEqualTo("en");
        assertThat(id.identify("stormen sade att regeringen skulle gå").language()).isEqualTo("sv");
        assertThat(id.identify("der sturm sagte dass die regierung gehen werde").language()).isEqualTo("de");
    }

    @Test
    void confidenceIsAProbabilityAndGrowsWithEvidence() {
        NgramLanguageIdentifier id = new NgramLanguageIdentifier(model);
        LanguageGuess shortGuess = id.identify("att");
        LanguageGuess longGuess = id.identify("presidenten sade att samtalen gick bra och att regeringen var hoppfull");
        assertThat(shortGuess.confidence()).isBetween(0.0, 1.0);
        assertThat(longGuess.confidence()).isBetween(0.0, 1.0).isGreaterThan(shortGuess.confidence());
    }

    @Test
    void rankingIsSortedAndRestrictionIsHonoured() {
        NgramLanguageIdentifier all = new NgramLanguageIdentifier(model);
        List<LanguageGuess> ranked = all.rank("die regierung sagte", 3);
        assertThat(ranked).hasSize(3);
        assertThat(ranked.get(0).language()).isEqualTo("de");
        NgramLanguageIdentifier noGerman = new NgramLanguageIdentifier(model, null, Set.of("en", "sv"));
        assertThat(noGerman.identify("die regierung sagte").language()).isIn("en", "sv");
        assertThatThrownBy(() -> new NgramLanguageIdentifier(model, null, Set.of("xx")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noLettersMeansUndetermined() {
        LanguageIdentifier id = new NgramLanguageIdentifier(model);
        for (String text : List.of("", "  \t ", "1234 5678", "😀🎉", "https://example.com/a/b", "a@b.se", "---!!!")) {
            assertThat(id.identify(text)).as(text).isEqualTo(LanguageGuess.undetermined());
        }
    }

    @Test
    void hugeInputIsCutAndStillAnswered() {
        LanguageIdentifier id = new NgramLanguageIdentifier(model);
        assertThat(id.identify("regeringen sade att ".repeat(60_000)).language()).isEqualTo("sv");
        assertThat(id.identify("x".repeat(1_000_000)).language()).isNotNull();
        assertThat(id.identify("😀".repeat(500_000)).isUndetermined()).isTrue();
        assertThat(id.identify("a".repeat(1_000_000) + "@b").language()).isNotNull();
    }

    @Test
    void fileRoundTripKeepsEveryAnswer() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        builder.write(out);
        NgramModel read = NgramModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read.languages()).isEqualTo(model.languages());
        assertThat(read.entryCount()).isEqualTo(model.entryCount());
        NgramLanguageIdentifier a = new NgramLanguageIdentifier(model);
        NgramLanguageIdentifier b = new NgramLanguageIdentifier(read);
        for (String text : List.of("the law", "lagen", "das gesetz", "kraft")) {
            assertThat(b.identify(text)).isEqualTo(a.identify(text));
        }
    }

    @Test
    void damagedFilesAreRejectedWithAMessage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        builder.write(out);
        byte[] bytes = out.toByteArray();
        assertThatThrownBy(() -> NgramModel.read(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length / 2))))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> NgramModel.read(new ByteArrayInputStream(new byte[]{1, 2, 3})))
                .isInstanceOf(IOException.class);
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        new NgramModelBuilder().scoring(Scoring.DEFAULT).write(other);
        assertThatThrownBy(() -> NgramModel.read(new ByteArrayInputStream(other.toByteArray())))
                .isInstanceOf(IOException.class).hasMessageContaining("language count");
    }

    @Test
    void builderRejectsBadNgrams() {
        NgramModelBuilder b = new NgramModelBuilder();
        assertThatThrownBy(() -> b.put("en", "a1", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.put("en", "abcdef", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.put("en", "ab", 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void calibrationIsMonotoneAndFitsRates() {
        double[] raw = new double[1000];
        boolean[] right = new boolean[1000];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = i / 1000.0;
            right[i] = i % 10 < i / 100; // the rate of being right grows with the raw confidence
        }
        Calibration c = Calibration.fit(raw, right, 16);
        assertThat(c.apply(0.05)).isLessThan(0.2);
        assertThat(c.apply(0.95)).isGreaterThan(0.8);
        for (double x = 0; x < 1; x += 0.01) {
            assertThat(c.apply(x + 0.01)).isGreaterThanOrEqualTo(c.apply(x));
        }
        assertThat(Calibration.IDENTITY.apply(0.3)).isEqualTo(0.3);
    }

    @Test
    void scriptsAreDetected() {
        assertThat(Scripts.dominant("Hello world")).isEqualTo("Latin");
        assertThat(Scripts.dominant("Привет мир")).isEqualTo("Cyrillic");
        assertThat(Scripts.dominant("مرحبا بالعالم")).isEqualTo("Arabic");
        assertThat(Scripts.dominant("北京")).isEqualTo("Han");
        assertThat(Scripts.dominant("ሰላም")).isEqualTo("Ethiopic");
        assertThat(Scripts.dominant("12 😀")).isEqualTo(Scripts.NONE);
        assertThat(Scripts.profile("Moskva Москва Москва", 100)).containsEntry("Cyrillic", 12).containsEntry("Latin", 6);
    }

    @Test
    void wordModelReranksItsGroupAndSurvivesAFile() throws IOException {
        WordModel words = WordModel.train(java.util.Map.of("en", EN, "sv", SV), 0.1, 1.0, 2);
        NgramLanguageIdentifier id = new NgramLanguageIdentifier(model, words, model.languages());
        assertThat(id.identify("regeringen sade att stormen").language()).isEqualTo("sv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        words.write(out);
        WordModel read = WordModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read.languages()).containsExactly("en", "sv");
        assertThat(read.weight()).isEqualTo(1.0);
        assertThatThrownBy(() -> new NgramLanguageIdentifier(model, WordModel.train(java.util.Map.of("fi", EN, "sv", SV),
                0.1, 1, 1), model.languages())).isInstanceOf(IllegalArgumentException.class);
    }
}
