package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.pack.PackResources;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DesignatorsTest {

    /** Tags "Vostok Group" (two tokens) and every "Vostok" alone as people, as a surname-minded model would. */
    private static final NameFinder SURNAMES = tokens -> {
        List<NameSpan> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].equals("Vostok")) {
                boolean group = i + 1 < tokens.length && tokens[i + 1].equals("Group");
                out.add(new NameSpan(i, group ? i + 2 : i + 1, EntityType.PER, 0.6));
            }
        }
        return out;
    };

    private final NameFinder finder = Designators.wrap(SURNAMES, new PackResources("en"));

    @Test
    void aNameEndingInAnOrganisationWordIsAnOrganisation() {
        assertThat(finder.find("the Vostok Group said".split(" "))).extracting(NameSpan::type)
                .containsExactly(EntityType.ORG);
    }

    @Test
    void theShortNameInTheSameDocumentIsTheSameOrganisation() {
        List<List<NameSpan>> found = finder.findAll(List.of("the Vostok Group said".split(" "),
                "Vostok fighters left".split(" ")));
        assertThat(found.get(1)).extracting(NameSpan::type).containsExactly(EntityType.ORG);
    }

    @Test
    void withoutTheLongNameAShortNameKeepsItsType() {
        assertThat(finder.findAll(List.<String[]>of("Vostok fighters left".split(" "))).get(0))
                .extracting(NameSpan::type).containsExactly(EntityType.PER);
        assertThat(finder.find("Vostok".split(" "))).extracting(NameSpan::type).containsExactly(EntityType.PER);
    }
}
