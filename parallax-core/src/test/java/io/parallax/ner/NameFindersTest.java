package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.ner.fallback.FallbackNameFinder;
import io.parallax.pack.PackResources;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The shipped pack models load and find plain names; packs without a model fall back to rules. */
class NameFindersTest {

    @Test
    void packsShipModelsForEnglishAndSwedish() {
        for (String lang : List.of("en", "sv")) {
            NerModel model = NameFinders.loadModel(new PackResources(lang)).orElseThrow();
            assertThat(model.language()).isEqualTo(lang);
            assertThat(model.info()).containsKey("heldOut.f1");
        }
    }

    @Test
    void packsWithAModelUseItAndOthersFallBack() {
        assertThat(NameFinders.load(new PackResources("en"))).get().isInstanceOf(LinearNameFinder.class);
        assertThat(NameFinders.load(new PackResources("de"))).get().isInstanceOf(FallbackNameFinder.class);
        assertThat(NameFinders.load(new PackResources("und"))).get().isInstanceOf(FallbackNameFinder.class);
    }

    @Test
    void englishModelFindsPeopleOrganisationsAndPlaces() {
        NameFinder f = NameFinders.load(new PackResources("en")).orElseThrow();
        List<NameSpan> names = f.find("Angela Merkel met the chairman of Siemens AG in Berlin on Friday ."
                .split(" "));
        assertThat(names).extracting(NameSpan::start, NameSpan::end, NameSpan::type).containsExactly(
                tuple(0, 2, EntityType.PER), tuple(6, 8, EntityType.ORG), tuple(9, 10, EntityType.LOC));
    }

    @Test
    void swedishModelFindsPeopleAndPlaces() {
        NameFinder f = NameFinders.load(new PackResources("sv")).orElseThrow();
        List<NameSpan> names = f.find("Statsministern Ulf Kristersson besökte Göteborg i tisdags .".split(" "));
        assertThat(names).extracting(NameSpan::start, NameSpan::end, NameSpan::type).containsExactly(
                tuple(1, 3, EntityType.PER), tuple(4, 5, EntityType.LOC));
    }

    @Test
    void theFallbackFindsGermanNamesWithTheShippedData() {
        NameFinder de = NameFinders.load(new PackResources("de")).orElseThrow();
        String[] t = "Der Deutsche Wetterdienst warnte vor Gewittern in München und Warschau .".split(" ");
        assertThat(de.find(t)).extracting(n -> String.join(" ", java.util.Arrays.copyOfRange(t, n.start(), n.end()))
                + "/" + n.type()).containsExactly("Deutsche Wetterdienst/ORG", "München/LOC", "Warschau/LOC");
    }
}
