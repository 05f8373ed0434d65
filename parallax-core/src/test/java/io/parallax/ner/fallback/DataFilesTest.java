package io.parallax.ner.fallback;

import io.parallax.model.EntityType;
import io.parallax.ner.NameFinder;
import io.parallax.ner.NameSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The name lexicon and the known-names list: building, writing and reading back, and refusing bad files. */
class DataFilesTest {

    private static final String CORPUS = String.join("\n",
            "Anna B-PER", "Lind I-PER", "visited O", "Paris B-LOC", ". O", "",
            "Anna B-PER", "Berg I-PER", "met O", "Reuters B-ORG", "reporters O", ". O", "",
            "Then O", "Reuters B-ORG", "and O", "Anna B-PER", "Lind I-PER", "left O", "Reuters B-ORG", ". O", "");

    @Test
    void lexiconFromACorpusKnowsGivenNamesAndNameWords(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tiny.txt");
        Files.writeString(file, CORPUS);
        NameLexiconBuilder b = new NameLexiconBuilder(new NameLexiconBuilder.Config(100, 3));
        assertThat(b.addCorpus(file.toString())).isEqualTo(3);
        NameLexicon lexicon = b.build();
        assertThat(lexicon.isGiven("Anna")).isTrue();
        assertThat(lexicon.kind("lind")).isEqualTo(NameLexicon.Kind.NAME);
        assertThat(lexicon.kind("berg")).isNull();   // seen once only
        assertThat(roundTrip(lexicon).count("anna")).isEqualTo(3);
    }

    @Test
    void nameWordsInOtherScriptsTakeTheirLatinPartnersEvidence(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("tiny.txt");
        Files.writeString(corpus, CORPUS);
        Path pairs = dir.resolve("pairs");
        Files.createDirectories(pairs);
        writeGzip(pairs.resolve("wd_russian_80.gz"), "anna\tа н н а\t150\nlind\tл и н д\t150\n");
        writeGzip(pairs.resolve("wd_arabic_80.gz"), "anna\tا ن ا\t120\nlind\tل ي ن د\t130\n");
        writeGzip(pairs.resolve("wd_chinese_80.gz"), "anna\t安 娜\t500\nlind\t林 德\t90\nkavanaugh\t卡 瓦 诺\t1\n");
        NameLexiconBuilder b = new NameLexiconBuilder(new NameLexiconBuilder.Config(100, 3));
        b.addCorpus(corpus.toString());
        assertThat(b.addWikidata(pairs)).isEqualTo(3);
        NameLexicon lexicon = b.build();
        // the corpus shows Lind ending names, so its partners are no given names despite their counts
        assertThat(lexicon.isGiven("анна")).isTrue();
        assertThat(lexicon.kind("линд")).isEqualTo(NameLexicon.Kind.NAME);
        assertThat(lexicon.isGiven("انا")).isTrue();
        assertThat(lexicon.kind("ليند")).isEqualTo(NameLexicon.Kind.NAME);
        // Han words in simplified characters, decided by their partners too
        assertThat(lexicon.isGiven("安娜")).isTrue();
        assertThat(lexicon.kind("林德")).isEqualTo(NameLexicon.Kind.NAME);
        // every Han word, however rare: they only end dotted names
        assertThat(lexicon.kind("卡瓦诺")).isEqualTo(NameLexicon.Kind.NAME);
    }

    private static void writeGzip(Path file, String text) throws IOException {
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void knownNamesFromACorpusAndFromARecogniser(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tiny.txt");
        Files.writeString(file, CORPUS);
        Path text = dir.resolve("text.txt");
        Files.writeString(text, "The Gazette said so .\nLater the Gazette said more .\nThe Gazette agreed .\n");
        NameFinder gazette = tokens -> {
            for (int i = 0; i < tokens.length; i++) {
                if (tokens[i].equals("Gazette")) {
                    return List.of(new NameSpan(i, i + 1, EntityType.ORG, 1));
                }
            }
            return List.of();
        };
        KnownNamesBuilder b = new KnownNamesBuilder(new KnownNamesBuilder.Config(2, 0.7, 0.7));
        b.addCorpus(file.toString());
        assertThat(b.addText(text, "en", gazette)).isEqualTo(3);
        KnownNames known = b.build();
        assertThat(known.lookup("reuters")).isEqualTo(new KnownNames.Entry(EntityType.ORG, 3, 1.0));
        assertThat(known.lookup("anna lind").type()).isEqualTo(EntityType.PER);
        assertThat(known.lookup("gazette").type()).isEqualTo(EntityType.ORG);
        assertThat(known.lookup("paris")).isNull();   // seen once only
        KnownNames back = roundTrip(known);
        assertThat(back.size()).isEqualTo(known.size());
        assertThat(back.lookup("anna lind")).isEqualTo(known.lookup("anna lind"));
    }

    @Test
    void keysIgnoreCaseAndPunctuation() {
        assertThat(KnownNames.key(new String[]{"St.", "Mirren", "-", "FC"}, 0, 4)).isEqualTo("st mirren fc");
        assertThat(KnownNames.key("\"")).isEmpty();
    }

    @Test
    void malformedFilesAreRefusedWithTheLine() {
        assertThatThrownBy(() -> NameLexicon.read(gzip("not a lexicon\n"), "x.gz"))
                .hasMessageContaining("x.gz");
        assertThatThrownBy(() -> NameLexicon.read(gzip(NameLexicon.HEADER + "\nanna\tQ\t3\n"), "x.gz"))
                .hasMessageContaining("x.gz:2");
        assertThatThrownBy(() -> KnownNames.read(gzip(KnownNames.HEADER + "\nbbc\tORG\tmany\t90\n"), "y.gz"))
                .hasMessageContaining("y.gz:2").hasMessageContaining("many");
        assertThatThrownBy(() -> KnownNames.read(gzip(KnownNames.HEADER + "\nbbc\tCOMPANY\t5\t90\n"), "y.gz"))
                .hasMessageContaining("COMPANY");
    }

    @Test
    void theShippedFilesLoad() {
        NameLexicon lexicon = NameLexicon.loadDefault();
        assertThat(lexicon.size()).isGreaterThan(50_000);
        assertThat(lexicon.isGiven("anna")).isTrue();
        assertThat(KnownNames.loadDefault().size()).isGreaterThan(1_000);
    }

    @Test
    void placeIndexPrefersTheMorelikelyPlaceAndCountsSharing() {
        PlaceIndex places = Fixtures.SHARED.places();
        assertThat(places.lookup(Fixtures.KEYS.key("Warschau")).id()).isEqualTo("geonames:4");
        assertThat(places.lookup(Fixtures.KEYS.key("Atlantis"))).isNull();
        assertThat(places.code("DEU").id()).isEqualTo("geonames:1");
        assertThat(places.countryCodes()).containsExactlyInAnyOrder("DE", "PL");
        PlaceIndex shared = PlaceIndex.of(List.of(
                new io.parallax.link.gazetteer.GazetteerEntry("a", io.parallax.link.gazetteer.GazetteerEntry.Kind.CITY,
                        "US", 0, 0, 20_000, false, "Moscow", List.of("moskov"), List.of()),
                new io.parallax.link.gazetteer.GazetteerEntry("b", io.parallax.link.gazetteer.GazetteerEntry.Kind.CITY,
                        "RU", 0, 0, 10_000_000, true, "Moscow", List.of("moskov"), List.of())));
        assertThat(shared.lookup("moskov")).extracting(PlaceIndex.Hit::id, PlaceIndex.Hit::sharing)
                .containsExactly("b", 2);
    }

    private static NameLexicon roundTrip(NameLexicon l) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        l.write(out, "test");
        return NameLexicon.read(new ByteArrayInputStream(out.toByteArray()), "test");
    }

    private static KnownNames roundTrip(KnownNames k) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        k.write(out, "test");
        return KnownNames.read(new ByteArrayInputStream(out.toByteArray()), "test");
    }

    private static ByteArrayInputStream gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(out.toByteArray());
    }
}
