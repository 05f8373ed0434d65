package io.parallax.link;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.json.Json;
import io.parallax.link.gazetteer.Gazetteer;
import io.parallax.util.Lazy;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes entity registries that share one gazetteer, one set of name keys and one name matcher with the shipped
 * transliteration models (all immutable and costly to load), each with its own decision log. Thread-safe.
 */
public final class Linkers {

    private final LinkerConfig config;
    private final Lazy<NameKeys> keys;
    private final Lazy<Gazetteer> gazetteer;
    private final Lazy<NameMatcher> matcher;
    private final ObjectMapper mapper = Json.mapper();

    public Linkers(LinkerConfig config) {
        this.config = config;
        this.keys = Lazy.of(() -> new NameKeys(new Romanizer()));
        this.gazetteer = Lazy.of(Gazetteer::loadDefault);
        this.matcher = Lazy.of(() -> NameMatcher.standard(keys.get(), gazetteer.get()));
    }

    /** Default settings and the shipped gazetteer, loaded on first use. */
    public static Linkers standard() {
        return new Linkers(LinkerConfig.DEFAULT);
    }

    /**
     * A new, empty registry applying the given decisions.
     *
     * @param decisions stored decisions as JSON ({@link Decision}, with its {@code op} field)
     * @throws IllegalArgumentException naming the decision, when one cannot be read
     */
    public EntityRegistry create(List<String> decisions) {
        List<Decision> parsed = new ArrayList<>(decisions.size());
        for (String json : decisions) {
            parsed.add(parse(json));
        }
        return new EntityRegistry(config, keys.get(), gazetteer.get(), matcher.get(), parsed);
    }

    public Decision parse(String json) {
        try {
            return mapper.readValue(json, Decision.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable entity decision: " + json, e);
        }
    }

    public String write(Decision decision) {
        try {
            return mapper.writeValueAsString(decision);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decision not serialisable: " + decision, e);
        }
    }
}
