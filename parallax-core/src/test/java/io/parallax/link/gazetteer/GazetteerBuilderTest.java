package io.parallax.link.gazetteer;

import io.parallax.link.NameKeys;
import io.parallax.link.Romanizer;
import io.parallax.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Builds a gazetteer from a tiny GeoNames-format fixture and reads it back. */
class GazetteerBuilderTest {

    private final NameKeys keys = new NameKeys(new Romanizer());

    private static Path fixture(Path dir) throws Exception {
        String city = String.join("\t", "524901", "Moscow", "Moscow", "Moskva,Moscou,Москва,MOW", "55.75204",
                "37.61781", "P", "PPLC", "RU", "", "48", "", "", "", "10381222", "", "144", "Europe/Moscow",
                "2022-12-10");
        String small = String.join("\t", "5601538", "Moscow", "Moscow", "Moskva", "46.73239", "-117.00017", "P",
                "PPLA2", "US", "", "ID", "057", "", "", "25060", "", "788", "America/Los_Angeles", "2017-03-09");
        Files.writeString(dir.resolve("cities15000.txt"), city + "\n" + small + "\n");
        Files.writeString(dir.resolve("countryInfo.tsv"), "#ISO\tISO3\n"
                + "RU\tRUS\t643\tRS\tRussia\tMoscow\t17100000\t144478050\tEU\t.ru\tRUB\tRuble\t7\t\t\tru\t2017370\t\t\n"
                + "US\tUSA\t840\tUS\tUnited States\tWashington\t9629091\t327167434\tNA\t.us\tUSD\tDollar\t1\t\t\ten\t6252001\t\t\n");
        Files.writeString(dir.resolve("regionInfo.tsv"), "#region_code\tname\tname_ascii\tgeoname_id\n"
                + "RU.48\tMoscow\tMoscow\t524894\nUS.ID\tIdaho\tIdaho\t5596512\n");
        Files.writeString(dir.resolve("country_translations.json"),
                "{\"2017370\": {\"sv\": \"Ryssland\"}, \"6252001\": {\"sv\": \"Amerikas Förenta Stater\"}}");
        return dir;
    }

    @Test
    void buildsCountriesRegionsCitiesAndContinentsThatReadBack(@TempDir Path dir) throws Exception {
        List<GazetteerEntry> entries = new GazetteerBuilder(keys).build(fixture(dir), null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GazetteerBuilder.Report report = GazetteerBuilder.write(entries, bytes);
        assertThat(report.countries()).isEqualTo(2);
        assertThat(report.cities()).isEqualTo(2);
        Gazetteer g = Gazetteer.read(new ByteArrayInputStream(bytes.toByteArray()), "fixture");

        GazetteerEntry russia = g.byKey(keys.key("Ryssland")).get(0);
        assertThat(russia.name()).isEqualTo("Russia");
        assertThat(russia.place().precision()).isEqualTo(Place.Precision.COUNTRY);
        assertThat(russia.latitude()).isEqualTo(55.75204);   // the capital's point
        assertThat(g.byKey(keys.key("Förenta stater"))).extracting(GazetteerEntry::countryCode).containsExactly("US");
        assertThat(g.byCode("USA")).extracting(GazetteerEntry::name).containsExactly("United States");
        assertThat(g.byKey(keys.key("Москва"))).extracting(GazetteerEntry::id)
                .containsExactlyInAnyOrder("geonames:524901", "geonames:5601538");
        assertThat(g.byKey("mow")).isEmpty();   // airport codes are not names
        GazetteerEntry idaho = g.byKey(keys.key("Idaho")).get(0);
        assertThat(idaho.place().precision()).isEqualTo(Place.Precision.REGION);
        assertThat(idaho.longitude()).isEqualTo(-117.00017);
        assertThat(g.entries()).anyMatch(e -> e.kind() == GazetteerEntry.Kind.CONTINENT && e.name().equals("Europe"));
    }

    @Test
    void theSameInputGivesTheSameBytes(@TempDir Path dir) throws Exception {
        Path in = fixture(dir);
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        GazetteerBuilder.write(new GazetteerBuilder(keys).build(in, null), a);
        GazetteerBuilder.write(new GazetteerBuilder(keys).build(in, null), b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    }

    @Test
    void staleOrBrokenFilesAreRefusedWithAMessage() throws Exception {
        assertThatThrownBy(() -> Gazetteer.read(gzip(Gazetteer.HEADER + "\tkeys=0\n"), "old"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rebuild");
        assertThatThrownBy(() -> Gazetteer.read(gzip(Gazetteer.HEADER + "\tkeys=" + NameKeys.VERSION + "\nx\ty\n"),
                "short")).isInstanceOf(IllegalStateException.class).hasMessageContaining("short:2");
    }

    @Test
    void theShippedGazetteerHoldsTheWorld() {
        Gazetteer g = Gazetteer.loadDefault();
        assertThat(g.size()).isGreaterThan(36_000);
        assertThat(g.byKey(keys.key("Vitryssland"))).extracting(GazetteerEntry::countryCode).containsExactly("BY");
        assertThat(g.entries()).filteredOn(e -> e.kind() == GazetteerEntry.Kind.COUNTRY)
                .extracting(GazetteerEntry::countryCode).contains("RU", "US", "BY", "UA", "GE", "SE");
        assertThat(Set.copyOf(g.byKey(keys.key("Georgia")).stream().map(GazetteerEntry::kind).toList()))
                .contains(GazetteerEntry.Kind.COUNTRY, GazetteerEntry.Kind.REGION);
    }

    private static ByteArrayInputStream gzip(String s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(out.toByteArray());
    }
}
