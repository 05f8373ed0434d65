package io.parallax.ner.train;

import io.parallax.ner.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerSourcesTest {

    @TempDir
    Path dir;

    @Test
    void readsGeoNamesAndPersonNames() throws IOException {
        Path geo = Files.createDirectories(dir.resolve("geonames"));
        Files.writeString(geo.resolve("cities15000.txt"),
                "524901\tMoscow\tMoscow\tMOW,Moskva,Moskau,\u041c\u043e\u0441\u043a\u0432\u0430"
                        + "\t55.7\t37.6\tP\tPPLC\tRU\n");
        Files.writeString(geo.resolve("countryInfo.tsv"), "#ISO\tISO3\tnum\tfips\tCountry\tCapital\n"
                + "BY\tBLR\t112\tBO\tBelarus\tMinsk\n");
        Files.writeString(geo.resolve("regionInfo.tsv"), "#code\tname\tascii\tid\nUS.MD\tMaryland\tMaryland\t1\n");
        Files.writeString(geo.resolve("country_translations.json"), "{\"630336\": {\"en\": \"Belarus\", "
                + "\"sv\": \"Vitryssland\", \"ru\": \"\u0411\u0435\u043b\u0430\u0440\u0443\u0441\u044c\"}}");
        Path names = Files.createDirectories(dir.resolve("names/wikidata-translit"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(names.resolve("wd_russian_80.gz")))) {
            String lines = "john\tд ж о н\t150\nsussex\tс а с с е к с\t3\nrare\tр\t1\n";
            out.write(lines.getBytes(StandardCharsets.UTF_8));
        }
        Gazetteer g = GazetteerSources.build(
                new GazetteerSources.Spec(geo, dir.resolve("names"), java.util.List.of()));
        int city = 1 << GazetteerSources.CATEGORIES.indexOf("LOC.city");
        int country = 1 << GazetteerSources.CATEGORIES.indexOf("LOC.country");
        int part = 1 << GazetteerSources.CATEGORIES.indexOf("PER.part");
        int common = 1 << GazetteerSources.CATEGORIES.indexOf("PER.common");
        assertThat(g.lookup("Moskva")).isEqualTo(city);
        assertThat(g.lookup("MOW")).isZero();
        assertThat(g.lookup("Minsk")).isEqualTo(city);
        assertThat(g.lookup("Vitryssland")).isEqualTo(country);
        assertThat(g.lookup("Maryland")).isNotZero();
        assertThat(g.lookup("John")).isEqualTo(part | common);
        assertThat(g.lookup("Sussex")).isEqualTo(part);
        assertThat(g.lookup("rare")).isZero();
    }

    @Test
    void listsTheOrganisationAndMiscNamesOfLabelledCorpora() throws IOException {
        StringBuilder conll = new StringBuilder("-DOCSTART- O\n\n");
        sentence(conll, "Arsenal B-ORG", "won O");
        sentence(conll, "Newcastle B-ORG", "lost O");
        sentence(conll, "in O", "Newcastle B-LOC");
        sentence(conll, "in O", "Newcastle B-LOC");
        for (int i = 0; i < 3; i++) {
            sentence(conll, "in O", "Paris B-LOC");
        }
        sentence(conll, "Paris B-ORG", "won O");
        sentence(conll, "at O", "Euro B-MISC", "96 I-MISC");
        sentence(conll, "John B-PER", "Smith I-PER");
        sentence(conll, "Chicago B-ORG", "won O");
        Path file = Files.writeString(dir.resolve("corpus.txt"), conll);
        Path geo = Files.createDirectories(dir.resolve("geonames"));
        Files.writeString(geo.resolve("cities15000.txt"), "4887398\tChicago\tChicago\t\t41.8\t-87.6\tP\tPPLA2\tUS\n");

        Gazetteer g = GazetteerSources.build(new GazetteerSources.Spec(geo, null, java.util.List.of(file.toString())));

        int org = 1 << GazetteerSources.CATEGORIES.indexOf("ORG.corpus");
        int misc = 1 << GazetteerSources.CATEGORIES.indexOf("MISC.corpus");
        assertThat(g.lookup("Arsenal")).isEqualTo(org);
        assertThat(g.lookup("Newcastle")).as("a third of its mentions are a club").isEqualTo(org);
        assertThat(g.lookup("Paris")).as("a quarter is not enough").isZero();
        assertThat(g.lookup("Euro 96")).isEqualTo(misc);
        assertThat(g.lookup("Chicago")).as("a place stays a place").isEqualTo(1 << GazetteerSources.CATEGORIES.indexOf("LOC.city"));
        assertThat(g.lookup("John Smith")).as("persons come from the name data, not from corpora").isZero();
    }

    private static void sentence(StringBuilder out, String... tokens) {
        for (String t : tokens) {
            out.append(t).append('\n');
        }
        out.append('\n');
    }
}
