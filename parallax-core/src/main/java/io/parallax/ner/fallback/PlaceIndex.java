package io.parallax.ner.fallback;

import io.parallax.link.gazetteer.Gazetteer;
import io.parallax.link.gazetteer.GazetteerEntry;
import io.parallax.link.gazetteer.PlaceResolver;
import io.parallax.ner.Hash64;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gazetteer's place names reduced to what name finding needs: for each {@link io.parallax.link.NameKeys} key,
 * the most prominent place with that name and how many places share it. Keys are held as 64-bit hashes in sorted
 * arrays (about 3 MB for the shipped gazetteer's 225,000 keys), not as strings.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlaceIndex {

    /** A place a name may refer to. */
    public record Hit(String id, GazetteerEntry.Kind kind, long population, boolean capital, int sharing) {

        /** A country, continent, region, capital or city of at least {@code bigCity} people. */
        public boolean prominent(long bigCity) {
            return kind != GazetteerEntry.Kind.CITY || capital || population >= bigCity;
        }
    }

    private static final PlaceIndex EMPTY = new PlaceIndex(new long[0], new int[0], new byte[0], List.of(),
            Map.of());

    private final long[] keys;
    private final int[] entry;
    private final byte[] sharing;
    private final List<Hit> entries;
    private final Map<String, Hit> codes;

    private PlaceIndex(long[] keys, int[] entry, byte[] sharing, List<Hit> entries, Map<String, Hit> codes) {
        this.keys = keys;
        this.entry = entry;
        this.sharing = sharing;
        this.entries = entries;
        this.codes = Map.copyOf(codes);
    }

    public static PlaceIndex empty() {
        return EMPTY;
    }

    /** Indexes every key of every place; where places share a key, the one news most often means wins. */
    public static PlaceIndex of(Gazetteer gazetteer) {
        return of(gazetteer.entries());
    }

    static PlaceIndex of(List<GazetteerEntry> places) {
        long[] keys = places.stream().flatMap(e -> e.keys().stream()).mapToLong(Hash64::of).sorted().distinct()
                .toArray();
        int[] entry = new int[keys.length];
        Arrays.fill(entry, -1);
        byte[] sharing = new byte[keys.length];
        for (int i = 0; i < places.size(); i++) {
            GazetteerEntry e = places.get(i);
            for (String k : e.keys()) {
                int at = Arrays.binarySearch(keys, Hash64.of(k));
                if (entry[at] < 0 || PlaceResolver.prior(e) > PlaceResolver.prior(places.get(entry[at]))) {
                    entry[at] = i;
                }
                sharing[at] = (byte) Math.min(127, sharing[at] + 1);
            }
        }
        List<Hit> hits = places.stream().map(e -> new Hit(e.id(), e.kind(), e.population(), e.capital(), 1))
                .toList();
        Map<String, Hit> codes = new HashMap<>();
        for (int i = 0; i < places.size(); i++) {
            for (String c : places.get(i).codes()) {
                codes.putIfAbsent(c, hits.get(i));
            }
        }
        return new PlaceIndex(keys, entry, sharing, hits, codes);
    }

    /** The two-letter ISO 3166 codes of the countries. */
    public java.util.Set<String> countryCodes() {
        return codes.keySet().stream().filter(c -> c.length() == 2).collect(java.util.stream.Collectors.toSet());
    }

    /** The country with this upper-case ISO 3166 code ("US", "USA"), or {@code null}. */
    public Hit code(String upper) {
        return codes.get(upper);
    }

    /** The place a key names, or {@code null}. */
    public Hit lookup(String key) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        int at = Arrays.binarySearch(keys, Hash64.of(key));
        if (at < 0) {
            return null;
        }
        Hit h = entries.get(entry[at]);
        return new Hit(h.id(), h.kind(), h.population(), h.capital(), sharing[at]);
    }

    public int size() {
        return keys.length;
    }
}
