package io.parallax.ner;

import io.parallax.ner.fallback.FallbackNameFinder;
import io.parallax.pack.PackResources;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameFindersTest {

    @Test
    void packsWithAModelUseItAndOthersFallBack() {
        assertThat(NameFinders.load(new PackResources("en"))).get().isInstanceOf(LinearNameFinder.class);
        assertThat(NameFinders.load(new PackResources("de"))).get().isInstanceOf(FallbackNameFinder.class);
        assertThat(NameFinders.load(new PackResources("und"))).get().isInstanceOf(FallbackNameFinder.class);
    }

    @Test
    void theFallbackFindsGermanNamesWithTheShippedData() {
        NameFinder de = NameFinders.load(new PackResources("de")).orElseThrow();
        String[] t = "Der Deutsche Wetterdienst warnte vor Gewittern in München und Warschau .".split(" ");
        assertThat(de.find(t)).extracting(n -> String.join(" ", java.util.Arrays.copyOfRange(t, n.start(), n.end()))
                + "/" + n.type()).containsExactly("Deutsche Wetterdienst/ORG", "München/LOC", "Warschau/LOC");
    }
}
