package io.parallax.event;

import io.parallax.model.Event;
import io.parallax.model.Provenance;
import io.parallax.model.TimeExpression;
import io.parallax.testing.Analyzed;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.parallax.model.EntityType.LOC;
import static io.parallax.model.EntityType.ORG;
import static io.parallax.model.EntityType.PER;
import static org.assertj.core.api.Assertions.assertThat;

class EntityEventClustererTest {

    private final EntityEventClusterer clusterer = new EntityEventClusterer(EntityEventClusterer.Config.defaults());

    private String add(Analyzed.Built b) {
        return clusterer.assign(b.document(), b.resolutions());
    }

    private static TimeExpression day(String doc, String iso) {
        return new TimeExpression(iso, iso, TimeExpression.Granularity.DAY, null, Provenance.of(doc, 0, 1));
    }

    @Test
    void documentsInDifferentLanguagesAboutTheSameEntitiesShareAnEvent() {
        String fire1 = add(Analyzed.build("en", "en", "Fire on the Baltic Aurora in Gothenburg. Captain Zhuravlov spoke.",
                List.of(day("en", "2025-03-11")), "Baltic Aurora", ORG, "ship", "Gothenburg", LOC, "gbg", "Zhuravlov", PER, "zh"));
        String fire2 = add(Analyzed.build("sv", "sv", "Brand på Baltic Aurora i Göteborg. Befälhavaren Zjuravlov berättade.",
                List.of(day("sv", "2025-03-11")), "Baltic Aurora", ORG, "ship", "Göteborg", LOC, "gbg", "Zjuravlov", PER, "zh"));
        String storm = add(Analyzed.build("de", "de", "Hagel in München. Der DWD warnte.",
                List.of(day("de", "2025-07-08")), "München", LOC, "muc", "DWD", ORG, "dwd"));
        assertThat(fire2).isEqualTo(fire1);
        assertThat(storm).isNotEqualTo(fire1);
        Event fire = clusterer.events().stream().filter(e -> e.id().equals(fire1)).findFirst().orElseThrow();
        assertThat(fire.documents()).containsExactly("en", "sv");
        assertThat(fire.date()).hasToString("2025-03-11");
        assertThat(fire.keywords()).contains("zh");
    }

    @Test
    void sameEntitiesMonthsApartAreDifferentEvents() {
        String a = add(Analyzed.build("a", "en", "Minister Berg visited Lyon.", List.of(day("a", "2024-01-10")),
                "Berg", PER, "berg", "Lyon", LOC, "lyon"));
        String b = add(Analyzed.build("b", "en", "Minister Berg visited Lyon again.", List.of(day("b", "2024-05-02")),
                "Berg", PER, "berg", "Lyon", LOC, "lyon"));
        assertThat(b).isNotEqualTo(a);
    }

    @Test
    void documentWithoutEntitiesStartsItsOwnEvent() {
        String a = add(Analyzed.build("a", "en", "Nothing named here at all.", List.of()));
        String b = add(Analyzed.build("b", "en", "Nothing named here either.", List.of()));
        assertThat(a).isNotEqualTo(b);
        assertThat(clusterer.events()).hasSize(2);
    }

    @Test
    void replayingTheSameDocumentsGivesTheSameIds() {
        EntityEventClusterer other = new EntityEventClusterer(EntityEventClusterer.Config.defaults());
        Analyzed.Built d = Analyzed.build("x", "en", "Berg in Lyon.", List.of(), "Berg", PER, "berg");
        assertThat(other.assign(d.document(), d.resolutions())).isEqualTo(add(d));
    }
}
