package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.pack.PackResources;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
    void leavesOtherNumbersAndCodesAlone() {
        assertThat(roads("en", "the M4 carbine and a road 5 km long")).isEmpty();
        assertThat(roads("en", "he took route 5 times")).isEmpty();
        assertThat(roads("sv", "vägen var 5 km lång")).isEmpty();
    }

    @Test
    void keepsTheNamesTheRecogniserFound() {
        NameFinder finder = Roads.wrap(tokens -> List.of(new NameSpan(1, 2, EntityType.MISC, 0.9)),
                new PackResources("en"));
        assertThat(finder.find("the M4 motorway".split(" "))).singleElement()
                .extracting(NameSpan::type).isEqualTo(EntityType.MISC);
        assertThat(Roads.wrap(NOTHING, new PackResources("xx"))).isSameAs(NOTHING);
    }
}
