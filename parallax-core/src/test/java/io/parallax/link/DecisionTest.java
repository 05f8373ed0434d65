package io.parallax.link;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionTest {

    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @Test
    void decisionsRoundTripThroughJson() throws Exception {
        List<Decision> log = List.of(
                new Decision.Merge("per:a", List.of("per:b", "per:c"), Instant.parse("2026-01-01T10:00:00Z")),
                new Decision.Split("per:a", List.of("Smith"), "en", null),
                new Decision.Rename("per:a", "Anna Smith", null),
                new Decision.AddVariant("per:a", "А. Смит", "ru", null));
        String text = json.writerFor(json.getTypeFactory().constructCollectionType(List.class, Decision.class))
                .writeValueAsString(log);
        assertThat(text).contains("\"op\":\"merge\"").doesNotContain("entities");
        List<Decision> back = json.readValue(text,
                json.getTypeFactory().constructCollectionType(List.class, Decision.class));
        assertThat(back).isEqualTo(log);
    }

    @Test
    void malformedDecisionsAreRejected() {
        assertThatThrownBy(() -> new Decision.Merge("a", List.of("a"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Decision.Split("a", List.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Decision.Rename("a", " ", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
