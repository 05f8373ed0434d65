package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.pack.PackResources;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CompoundDesignatorsTest {

    /** Finds "Smittskyddsinstitutet" as a place and nothing else. */
    private static final NameFinder ONE_PLACE = tokens -> {
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].equals("Smittskyddsinstitutet")) {
                return List.of(new NameSpan(i, i + 1, EntityType.LOC, 0.6));
            }
        }
        return List.of();
    };

    private final CompoundDesignators rule = new CompoundDesignators(ONE_PLACE,
            Set.of("föreningen", "institutet", "styrelsen"));

    @Test
    void capitalisedCompoundsWithAnOrganisationHeadAreOrganisations() {
        List<NameSpan> found = rule.find(
                "Enligt Naturskyddsföreningen och Smittskyddsinstitutet ökar det".split(" "));
        assertThat(found).extracting(NameSpan::start, NameSpan::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, EntityType.ORG),
                org.assertj.core.groups.Tuple.tuple(3, EntityType.ORG));
        assertThat(found.get(1).confidence()).isEqualTo(0.6);
    }

    @Test
    void readsTheGenitiveAndLeavesOtherWordsAlone() {
        assertThat(rule.isOrganisation("Transportstyrelsens")).isTrue();
        for (String word : new String[]{"Föreningen", "föreningen", "naturskyddsföreningen",
                "NATURSKYDDSFÖRENINGEN", "Styrelsens", "Stockholm", "", "Förening"}) {
            assertThat(rule.isOrganisation(word)).as(word).isFalse();
        }
    }

    @Test
    void theSwedishPackListsHeadsAndTheEnglishNone() {
        NameFinder nothing = tokens -> List.of();
        assertThat(CompoundDesignators.wrap(nothing, new PackResources("sv")).find("Hos Trafikverket".split(" ")))
                .extracting(NameSpan::type).containsExactly(EntityType.ORG);
        assertThat(CompoundDesignators.wrap(nothing, new PackResources("en"))).isSameAs(nothing);
    }
}
