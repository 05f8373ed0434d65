package io.parallax.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.model.Entity;
import io.parallax.model.EntityType;
import io.parallax.model.Mention;
import io.parallax.model.Place;
import io.parallax.model.Provenance;
import io.parallax.model.Variant;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EntityExportsTest {

    private final EntityExports exports = new EntityExports();
    private final List<Entity> entities = List.of(
            new Entity("geonames:524901", "Moscow", EntityType.LOC,
                    List.of(new Variant("Moscow", Set.of("en"), 1), new Variant("Moskva", Set.of("sv"), 1)),
                    List.of(new Mention("Moscow", EntityType.LOC, Provenance.of("a", 0, 6), 0),
                            new Mention("Moskva", EntityType.LOC, Provenance.of("b", 3, 9), 0)),
                    new Place(55.75, 37.62, Place.Precision.CITY, "RU", 524901),
                    Instant.parse("2023-06-30T00:00:00Z"), Instant.parse("2023-07-01T00:00:00Z")),
            new Entity("per:dier", "Dyer, \"Gwynne\"", EntityType.PER, List.of(new Variant("Gwynne Dyer", Set.of("sv"), 1)),
                    List.of(), null, null, null));

    @Test
    void jsonLinesHoldVariantsWithLanguagesAndDocuments() throws Exception {
        StringWriter w = new StringWriter();
        exports.jsonl(entities, w);
        String[] lines = w.toString().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode moscow = new ObjectMapper().readTree(lines[0]);
        assertThat(moscow.get("variants").get(1).get("documents").get(0).asText()).isEqualTo("b");
        assertThat(moscow.get("variants").get(1).get("languages").get(0).asText()).isEqualTo("sv");
        assertThat(moscow.get("place").get("precision").asText()).isEqualTo("CITY");
        assertThat(moscow.get("first_seen").asText()).isEqualTo("2023-06-30T00:00:00Z");
    }

    @Test
    void csvQuotesFieldsThatNeedIt() {
        StringWriter w = new StringWriter();
        exports.csv(entities, w);
        String[] rows = w.toString().split("\r\n");
        assertThat(rows[0]).startsWith("id,name,type,variants");
        assertThat(rows[1]).startsWith("geonames:524901,Moscow,LOC,Moscow|Moskva,en|sv,a|b,2,55.75,37.62,CITY,RU");
        assertThat(rows[2]).startsWith("per:dier,\"Dyer, \"\"Gwynne\"\"\",PER");
    }

    @Test
    void geojsonHasOnlyPlacesWithLongitudeFirst() throws Exception {
        StringWriter w = new StringWriter();
        exports.geojson(entities, w);
        JsonNode root = new ObjectMapper().readTree(w.toString());
        assertThat(root.get("features")).hasSize(1);
        JsonNode coords = root.get("features").get(0).get("geometry").get("coordinates");
        assertThat(coords.get(0).asDouble()).isEqualTo(37.62);
        assertThat(coords.get(1).asDouble()).isEqualTo(55.75);
    }
}
