package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.pack.PackResources;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RoadsTest {

    private static final NameFinder NOTHING = tokens -> List.of();

    private static List<String> roads(String language, String sentence) {
        String[] tokens = sentence.split(" ");
        return Roads.wrap(NOTHING, new PackResources(language)).find(tokens).stream()
                .filter(s -> s.type() == EntityType.LOC)
                .map(s -> String.join(" ", Arrays.copyOfRange(tokens, s.start(), s.end()))).toList();
    }

    @Test
    void findsRoadNumbersBesideRoadWords() {
        assertThat(roads("sv", "konvojen körde 800 km uppför motorvägen M4 mot Moskva")).containsExactly("M4");
        assertThat(roads("en", "the convoy drove up the M4 motorway towards Moscow")).containsExactly("M4");
        assertThat(roads("en", "traffic on Interstate 95 and Route 66 was slow")).containsExactly("95", "66");
        assertThat(roads("es", "un accidente en la autopista AP-7")).containsExactly("AP-7");
    }

    @Test
    void roadNumbersHaveOneDefinition() {
        assertThat(List.of("M4", "E45", "I-95", "AP-7", "B96a", "Р-22", "SR-1")).allMatch(Roads::isRoadNumber);
        assertThat(List.of("M", "4", "m4", "ABCD-1", "M12345", "M4ab", "4M", "")).noneMatch(Roads::isRoadNumber);
        assertThat(roads("de", "Stau auf der Bundesstraße B96a bei Berlin")).containsExactly("B96a");
    }

    @Test
    void leavesOtherNumbersAndCodesAlone() {
        assertThat(roads("en", "the M4 carbine and a road 5 km long")).isEmpty();
        assertThat(roads("en", "he took route 5 times")).isEmpty();
        assertThat(roads("sv", "vägen var 5 km lång")).isEmpty();
    }

    @Test
    void keepsTheNamesTheRecogniserFoundButARoadNumberIsAPlace() {
        NameFinder finder = Roads.wrap(tokens -> List.of(new NameSpan(0, 2, EntityType.MISC, 0.9),
                new NameSpan(4, 5, EntityType.ORG, 0.4)), new PackResources("sv"));
        assertThat(finder.find("Volvo Cars vid motorvägen E4".split(" ")))
                .extracting(NameSpan::start, NameSpan::type)
                .containsExactly(tuple(0, EntityType.MISC), tuple(4, EntityType.LOC));
        assertThat(Roads.wrap(NOTHING, new PackResources("xx"))).isSameAs(NOTHING);
    }
}
