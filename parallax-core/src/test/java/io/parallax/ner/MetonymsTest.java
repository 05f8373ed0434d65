package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.pack.PackResources;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MetonymsTest {

    private static final Gazetteer PLACES = Gazetteer.of(List.of("LOC.country", "LOC.city", "PER.part"),
            Map.of("Russia", 1, "Washington", 2 | 4, "Stockholm", 2));

    /** A recogniser that tags every capitalised token after the first as a place. */
    private static final NameFinder CAPITALS = tokens -> {
        List<NameSpan> out = new ArrayList<>();
        for (int i = 1; i < tokens.length; i++) {
            if (Character.isUpperCase(tokens[i].charAt(0))) {
                out.add(new NameSpan(i, i + 1, EntityType.LOC, 0.9));
            }
        }
        return out;
    };

    private static EntityType typeOf(String lang, String sentence, String name) {
        NameFinder finder = Metonyms.wrap(CAPITALS, new PackResources(lang), PLACES);
        String[] tokens = sentence.split(" ");
        return finder.find(tokens).stream().filter(s -> tokens[s.start()].equals(name))
                .map(NameSpan::type).findFirst().orElseThrow();
    }

    @Test
    void aBuildingThatSpeaksIsAnInstitution() {
        assertThat(typeOf("en", "the Kremlin announced that talks had failed", "Kremlin")).isEqualTo(EntityType.ORG);
        assertThat(typeOf("en", "the Kremlin 's spokesman said nothing", "Kremlin")).isEqualTo(EntityType.ORG);
        assertThat(typeOf("en", "a Pentagon spokeswoman declined to comment", "Pentagon")).isEqualTo(EntityType.ORG);
        assertThat(typeOf("sv", "i går meddelade Kreml att samtalen strandat", "Kreml")).isEqualTo(EntityType.LOC);
        assertThat(typeOf("sv", "enligt Kremls talesperson var det lugnt", "Kremls")).isEqualTo(EntityType.ORG);
    }

    @Test
    void countriesCitiesAndPlacesThatDoNotSpeakStayPlaces() {
        assertThat(typeOf("en", "the talks Russia said had failed", "Russia")).isEqualTo(EntityType.LOC);
        assertThat(typeOf("en", "officials in Washington said so", "Washington")).isEqualTo(EntityType.LOC);
        assertThat(typeOf("en", "the convoy drove towards the Kremlin itself", "Kremlin")).isEqualTo(EntityType.LOC);
        assertThat(typeOf("sv", "i Stockholm sade man nej", "Stockholm")).isEqualTo(EntityType.LOC);
    }

    @Test
    void withoutAGazetteerOfPlacesTheRuleIsOff() {
        NameFinder plain = Metonyms.wrap(CAPITALS, new PackResources("en"), Gazetteer.none());
        assertThat(plain).isSameAs(CAPITALS);
    }
}
