package io.parallax.link;

import io.parallax.util.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast path of {@link Romanizer} must give exactly what the ICU transforms give. */
class RomanizerTest {

    private final Romanizer romanizer = new Romanizer();

    @Test
    void latinNamesTakeTheFastPath() {
        for (String name : List.of("Prigozhin", "Łódź", "Đoković", "Øresund", "Straße", "İstanbul", "ÆSIR",
                "Nguyễn Tấn Dũng", "O’Brien", "Jean-Marie Le Pen", "USA:s", "1989")) {
            assertThat(romanizer.fast(name)).as(name).isNotNull().isEqualTo(romanizer.icu(name));
        }
        assertThat(romanizer.romanize("Łódź")).isEqualTo("lodz");
        assertThat(romanizer.romanize("Đoković")).isEqualTo("dokovic");
        assertThat(romanizer.romanize("Straße")).isEqualTo("strasse");
    }

    @Test
    void otherScriptsAndMarksTakeTheIcuPath() {
        for (String name : List.of("Пригожин", "Moskva Москва", "東京", "µ-Bank", "Cafe\u0301", "“”", "Ⅻ")) {
            assertThat(romanizer.fast(name)).as(name).isNull();
        }
        assertThat(romanizer.romanize("Пригожин")).isEqualTo("prigozhin");
        assertThat(romanizer.romanize("Cafe\u0301")).isEqualTo("cafe");
    }

    @Test
    void signsAndMarksWithoutALetterOfTheirOwnDoNotCutWordsInTwo() {
        NameKeys keys = new NameKeys(romanizer);
        assertThat(romanizer.romanize("Ольга Васильева")).isEqualTo("olga vasilyeva");
        assertThat(romanizer.romanize("Подъячев")).isEqualTo("podyachev");
        assertThat(romanizer.romanize("Потсдам")).isEqualTo("potsdam");
        assertThat(keys.key("Дональд Трамп")).isEqualTo("donald tramp");
        assertThat(romanizer.romanize("O’Brien")).isEqualTo("o'brien");   // Latin apostrophes are the writer's
    }

    @Test
    void everyTableCharacterAgreesWithIcu() {
        int covered = 0;
        for (int c = 0; c < 0x2070; c++) {
            String s = String.valueOf((char) c);
            String fast = romanizer.fast(s);
            if (fast != null) {
                covered++;
                assertThat(fast).as("U+%04X", c).isEqualTo(romanizer.icu(s));
            }
        }
        assertThat(covered).isGreaterThan(700);
    }

    @Test
    void randomStringsOfTableCharactersAgreeWithIcu() {
        List<Character> alphabet = new ArrayList<>();
        for (int c = 0; c < 0x2070; c++) {
            if (romanizer.fast(String.valueOf((char) c)) != null) {
                alphabet.add((char) c);
            }
        }
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + random.nextInt(14);
            for (int i = 0; i < len; i++) {
                // half the characters from ASCII letters and space, so strings look like names
                b.append(random.nextBoolean() ? " abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                        .charAt(random.nextInt(53)) : alphabet.get(random.nextInt(alphabet.size())));
            }
            String s = b.toString();
            String fast = romanizer.fast(s);
            if (fast != null) {
                assertThat(fast).as("'%s'", s).isEqualTo(romanizer.icu(s));
            }
        }
    }

    /** Latin-script names of the world's cities (GeoNames alternate names) and of Wikidata people. */
    @Test
    void realNamesAgreeWithIcu() throws IOException {
        Path geonames = SharedData.resolve("data/gazetteer/geonames/cities15000.txt").orElse(null);
        Path wikidata = SharedData.resolve("data/names/wikidata-translit/wd_russian_16.gz").orElse(null);
        Assumptions.assumeTrue(geonames != null && wikidata != null, "../shared/data absent: skipping");
        List<String> names = new ArrayList<>(cityNames(geonames));
        Collections.shuffle(names, new Random(3));
        names = new ArrayList<>(names.subList(0, Math.min(25_000, names.size())));
        names.addAll(wikidataLatin(wikidata));
        int fastCount = 0;
        for (String name : names) {
            String fast = romanizer.fast(name);
            if (fast != null) {
                fastCount++;
                assertThat(fast).as(name).isEqualTo(romanizer.icu(name));
            }
        }
        assertThat(fastCount).isGreaterThan(names.size() / 2);
    }

    private static Set<String> cityNames(Path file) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                if (f.length > 3) {
                    out.add(f[1]);
                    out.add(f[2]);
                    Collections.addAll(out, f[3].split(","));
                }
            }
        }
        out.remove("");
        return out;
    }

    private static List<String> wikidataLatin(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(line.split("\t", -1)[0]);
            }
        }
        return out;
    }
}
