package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.pack.PackResources;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EpithetsTest {

    /** Tags every capitalised token as a one-token name of the given type. */
    private static NameFinder capitals(EntityType type) {
        return tokens -> {
            List<NameSpan> out = new ArrayList<>();
            for (int i = 0; i < tokens.length; i++) {
                if (Character.isUpperCase(tokens[i].charAt(0))) {
                    out.add(new NameSpan(i, i + 1, type, 0.9));
                }
            }
            return out;
        };
    }

    @Test
    void extendsAPersonByTheEpithetThatFollows() {
        NameFinder finder = Epithets.wrap(capitals(EntityType.PER), new PackResources("sv"));
        List<NameSpan> spans = finder.find("mellan Peter den stores och Katarina den stores regeringar".split(" "));
        assertThat(spans).extracting(NameSpan::start, NameSpan::end)
                .containsExactly(tuple(1, 4), tuple(5, 8));
    }

    @Test
    void leavesOtherTypesAndUnrelatedWordsAlone() {
        NameFinder places = Epithets.wrap(capitals(EntityType.LOC), new PackResources("en"));
        assertThat(places.find("Lake the Great".split(" "))).extracting(NameSpan::end).containsExactly(1, 3);
        NameFinder people = Epithets.wrap(capitals(EntityType.PER), new PackResources("en"));
        assertThat(people.find("Peter the greatest".split(" "))).extracting(NameSpan::end).containsExactly(1);
        List<List<NameSpan>> both = people.findAll(List.of("Peter the great".split(" "), new String[0]));
        assertThat(both.get(0)).extracting(NameSpan::end).containsExactly(3);
        assertThat(both.get(1)).isEmpty();
    }

    @Test
    void anEpithetNeverRunsIntoTheNextName() {
        NameFinder people = Epithets.wrap(capitals(EntityType.PER), new PackResources("en"));
        // "Great" is itself tagged here; the extension must not overlap it.
        assertThat(people.find("Peter the Great".split(" "))).extracting(NameSpan::end).containsExactly(1, 3);
    }
}
