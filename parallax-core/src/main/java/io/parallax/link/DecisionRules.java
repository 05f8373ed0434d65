package io.parallax.link;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The standing rules that a decision log amounts to: which ids are merged into which, which name keys are forced
 * onto or split off an entity, and which names the user chose. Immutable once built.
 */
final class DecisionRules {

    /** A split-off entity: its id, its first variant's name, and the entity it was split from. */
    record SplitOff(String id, String name, String from) {
    }

    private final Map<String, String> mergedInto = new HashMap<>();
    private final Map<String, String> forced = new HashMap<>();
    private final Map<String, SplitOff> split = new HashMap<>();
    private final Map<String, String> renamed = new HashMap<>();

    DecisionRules(List<Decision> decisions, NameKeys keys) {
        for (Decision d : decisions) {
            switch (d) {
                case Decision.Merge m -> m.from().forEach(f -> mergedInto.put(f, m.into()));
                case Decision.Rename r -> renamed.put(r.entity(), r.name());
                case Decision.AddVariant v -> keysOf(keys, v.name(), v.language())
                        .forEach(k -> forced.put(k, v.entity()));
                case Decision.Split s -> {
                    SplitOff off = new SplitOff(splitId(s.entity(), keys.key(s.variants().get(0))),
                            s.variants().get(0), s.entity());
                    s.variants().forEach(v -> keysOf(keys, v, s.language()).forEach(k -> split.put(k, off)));
                }
            }
        }
    }

    private static Set<String> keysOf(NameKeys keys, String name, String language) {
        return keys.keys(name, NameConventions.load(language == null ? "und" : language));
    }

    static String splitId(String from, String key) {
        return from + "/" + EntityRegistry.slug(key);
    }

    /** The id an entity is known by after merges (merges may chain; cycles stop where they repeat). */
    String resolve(String id) {
        String current = id;
        for (int i = 0; i < 64 && mergedInto.containsKey(current); i++) {
            current = mergedInto.get(current);
        }
        return current;
    }

    /** The entity a user tied this key to, or null. */
    String forced(String key) {
        String id = forced.get(key);
        return id == null ? null : resolve(id);
    }

    /** The split-off entity this key belongs to, or null. */
    SplitOff split(String key) {
        return split.get(key);
    }

    /** True when the user split this key off {@code entity}: it must not link there again. */
    boolean forbidden(String entity, String key) {
        SplitOff off = split.get(key);
        return off != null && resolve(off.from()).equals(entity);
    }

    String renamed(String id) {
        return renamed.get(id);
    }

    boolean isEmpty() {
        return mergedInto.isEmpty() && forced.isEmpty() && split.isEmpty() && renamed.isEmpty();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "rules[merges=%d, variants=%d, splits=%d, renames=%d]", mergedInto.size(),
                forced.size(), split.size(), renamed.size());
    }
}
