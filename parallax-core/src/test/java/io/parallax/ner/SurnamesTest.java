package io.parallax.ner;

import io.parallax.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SurnamesTest {

    /**
     * Tags "MaliVai Washington" as a person, "Washington Post" as an organisation and every other "Washington" as a
     * place, as a gazetteer-minded model would.
     */
    private static final NameFinder PLACES = tokens -> {
        List<NameSpan> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].equals("MaliVai")) {
                out.add(new NameSpan(i, i + 2, EntityType.PER, 0.9));
                i++;
            } else if (tokens[i].equals("Washington")) {
                boolean post = i + 1 < tokens.length && tokens[i + 1].equals("Post");
                out.add(new NameSpan(i, post ? i + 2 : i + 1, post ? EntityType.ORG : EntityType.LOC, 0.7));
                i += post ? 1 : 0;
            }
        }
        return out;
    };

    private final NameFinder finder = new Surnames(PLACES);

    private List<List<NameSpan>> document(String... sentences) {
        return finder.findAll(java.util.Arrays.stream(sentences).map(s -> s.split(" ")).toList());
    }

    @Test
    void theSurnameOfAPersonNamedInFullIsThatPerson() {
        List<List<NameSpan>> found = document("Washington lost again", "MaliVai Washington was beaten",
                "Washington said little");
        assertThat(found).allSatisfy(s -> assertThat(s).extracting(NameSpan::type).containsExactly(EntityType.PER));
        assertThat(found.get(0).get(0).confidence()).isEqualTo(0.7);
    }

    @Test
    void withoutTheFullNameTheWordKeepsItsType() {
        assertThat(document("Washington lost again", "Washington said little"))
                .allSatisfy(s -> assertThat(s).extracting(NameSpan::type).containsExactly(EntityType.LOC));
    }

    @Test
    void longerNamesHoldingTheSurnameKeepTheirType() {
        List<List<NameSpan>> found = document("MaliVai Washington told the Washington Post");
        assertThat(found.get(0)).extracting(NameSpan::type).containsExactly(EntityType.PER, EntityType.ORG);
    }

    @Test
    void oneSentenceAloneIsLeftAsFound() {
        assertThat(finder.find("Washington lost".split(" "))).extracting(NameSpan::type)
                .containsExactly(EntityType.LOC);
    }
}
