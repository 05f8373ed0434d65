package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.pack.PackResources;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped pack models: they load, and they find plain names in ordinary sentences. */
class NameFindersTest {

    @Test
    void packsShipModelsForEnglishAndSwedish() {
        for (String lang : List.of("en", "sv")) {
            NerModel model = NameFinders.loadModel(new PackResources(lang)).orElseThrow();
            assertThat(model.language()).isEqualTo(lang);
            assertThat(model.info()).containsKey("heldOut.f1");
        }
        assertThat(NameFinders.load(new PackResources("xx"))).isEmpty();
    }

    @Test
    void englishModelFindsPeopleOrganisationsAndPlaces() {
        NameFinder f = NameFinders.load(new PackResources("en")).orElseThrow();
        List<NameSpan> names = f.find("Angela Merkel met the chairman of Siemens AG in Berlin on Friday ."
                .split(" "));
        assertThat(names).extracting(NameSpan::start, NameSpan::end, NameSpan::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, 2, EntityType.PER),
                org.assertj.core.groups.Tuple.tuple(6, 8, EntityType.ORG),
                org.assertj.core.groups.Tuple.tuple(9, 10, EntityType.LOC));
    }

    @Test
    void swedishModelFindsPeopleAndPlaces() {
        NameFinder f = NameFinders.load(new PackResources("sv")).orElseThrow();
        List<NameSpan> names = f.find("Statsministern Ulf Kristersson besökte Göteborg i tisdags .".split(" "));
        assertThat(names).extracting(NameSpan::start, NameSpan::end, NameSpan::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 3, EntityType.PER),
                org.assertj.core.groups.Tuple.tuple(4, 5, EntityType.LOC));
    }
}
