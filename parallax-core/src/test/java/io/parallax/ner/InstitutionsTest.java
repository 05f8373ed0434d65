package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.pack.PackResources;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InstitutionsTest {

    /** Tags every capitalised word as a place, as a gazetteer-minded model would. */
    private static final NameFinder PLACES = tokens -> {
        List<NameSpan> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (Character.isUpperCase(tokens[i].charAt(0))) {
                out.add(new NameSpan(i, i + 1, EntityType.LOC, 0.8));
            }
        }
        return out;
    };

    private final NameFinder finder = new Institutions(PLACES,
            Map.of("tingsrätt", EntityType.ORG, "läns", EntityType.LOC, "landsting", EntityType.ORG,
                    "kommun", EntityType.LOC));

    private List<String> names(String sentence) {
        String[] tokens = sentence.split(" ");
        return finder.find(tokens).stream().map(s -> s.type() + ":"
                + String.join(" ", List.of(tokens).subList(s.start(), s.end()))).toList();
    }

    @Test
    void aPlaceAndTheWordForOneOfItsInstitutionsAreOneName() {
        assertThat(names("domen i Göteborgs tingsrätt föll")).containsExactly("ORG:Göteborgs tingsrätt");
        assertThat(names("vården i Uppsala läns landsting")).containsExactly("ORG:Uppsala läns landsting");
        assertThat(names("i Eskilstuna kommun bor")).containsExactly("LOC:Eskilstuna kommun");
    }

    @Test
    void otherWordsAndNamesAreLeftAlone() {
        assertThat(names("i Göteborg föll domen")).containsExactly("LOC:Göteborg");
        // A capitalised institution word starts a name of its own.
        assertThat(names("Göteborg Kommun")).containsExactly("LOC:Göteborg", "LOC:Kommun");
    }

    @Test
    void theSwedishPackListsInstitutionsAndTheEnglishNone() {
        NameFinder sv = Institutions.wrap(PLACES, new PackResources("sv"));
        assertThat(sv.find("vid Mora tingsrätt".split(" "))).extracting(NameSpan::type, NameSpan::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EntityType.ORG, 3));
        assertThat(Institutions.wrap(PLACES, new PackResources("en"))).isSameAs(PLACES);
    }
}
