package io.parallax.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Trains a tiny model from a generated corpus through the command line, then tags with it. */
class TrainNerCommandTest {

    @TempDir
    Path dir;

    @Test
    void trainsAModelThatTheTaggerCanUse() throws IOException {
        Path corpus = Files.writeString(dir.resolve("train.txt"), corpus(new Random(1), 60));
        Path text = Files.writeString(dir.resolve("text.txt"), "Officials in Lisbon said prices rose.\n".repeat(5));
        Path model = dir.resolve("model.bin.gz");
        NerCommandTest.Run r = NerCommandTest.run("train", "ner", "--lang", "en", "--data", corpus + "#train",
                "--text", text.toString(), "--clusters", "8", "--min-count", "1", "--epochs", "4", "--output",
                model.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("held-out").contains("overall");
        assertThat(model).isNotEmptyFile();
        Path in = Files.writeString(dir.resolve("in.txt"), "Police\t0\nin\t0\nOporto\t0\narrested\t0\n.\t0\n");
        NerCommandTest.Run tagged = NerCommandTest.run("ner", "--lang", "en", "--model", model.toString(),
                in.toString());
        assertThat(tagged.out()).contains("Oporto\t0\tB-LOC");
    }

    @Test
    void crossValidatesWithoutWritingAModel() throws IOException {
        Path corpus = Files.writeString(dir.resolve("train.txt"), corpus(new Random(2), 120));
        Path errors = dir.resolve("errors.txt");
        NerCommandTest.Run r = NerCommandTest.run("train", "ner", "--lang", "en", "--data", corpus + "#train",
                "--epochs", "3", "--cv", "3", "--cv-errors", errors.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("3-fold cross-validation").contains("overall");
        assertThat(r.err()).contains("fold 3/3");
        assertThat(errors).exists();
    }

    @Test
    void needsAnOutputUnlessCrossValidating() throws IOException {
        Path corpus = Files.writeString(dir.resolve("train.txt"), corpus(new Random(3), 60));
        NerCommandTest.Run r = NerCommandTest.run("train", "ner", "--lang", "en", "--data", corpus.toString());
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("--output");
    }

    @Test
    void rejectsAMissingCorpus() {
        NerCommandTest.Run r = NerCommandTest.run("train", "ner", "--lang", "en", "--data",
                dir.resolve("none.txt").toString(), "--output", dir.resolve("m").toString());
        assertThat(r.code()).isEqualTo(Cli.FAILURE);
        assertThat(r.err()).contains("none.txt");
    }

    /** One-token-per-line corpus: "Police in PLACE arrested a man ." and "NAME said so ." with bare types. */
    private static String corpus(Random r, int sentences) {
        List<String> places = List.of("Lisbon", "Porto", "Tallinn", "Riga", "Oslo", "Bergen", "Turku", "Lyon");
        List<String> people = List.of("Anna", "Boris", "Carla", "Dmitri", "Elif", "Farid", "Greta", "Hugo");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i % 2 == 0) {
                sb.append("Police\t0\nin\t0\n").append(places.get(r.nextInt(places.size())))
                        .append("\tLOC\narrested\t0\na\t0\nman\t0\n.\t0\n\n");
            } else {
                sb.append(people.get(r.nextInt(people.size()))).append("\tPER\nsaid\t0\nso\t0\n.\t0\n\n");
            }
        }
        return sb.toString();
    }
}
