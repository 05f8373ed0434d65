package io.parallax.bench.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fixed, seeded split of a benchmark's dev pages into two halves: the <em>look</em> half, whose per-page errors
 * may be studied while improving the extractor, and the <em>held</em> half, which nobody looks at and which shows
 * whether a change generalises. The ids are sorted, shuffled with {@link #SEED} and cut in the middle, so the split
 * depends only on the set of ids. Immutable and thread-safe.
 */
public final class DevSplit {

    /** The split's seed; changing it would mix pages already looked at into the held half. */
    public static final long SEED = 20261122L;

    private final Set<String> look;

    private DevSplit(Set<String> look) {
        this.look = look;
    }

    /** Splits {@code ids} (duplicates ignored) into two halves; the look half gets the smaller one if odd. */
    public static DevSplit of(Collection<String> ids) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
        Collections.shuffle(sorted, new Random(SEED));
        return new DevSplit(Set.copyOf(sorted.subList(0, sorted.size() / 2)));
    }

    /** Whether {@code id} is in the look half. */
    public boolean isLook(String id) {
        return look.contains(id);
    }

    /** The entries of {@code map} whose key is in the look half ({@code look}) or in the held half. */
    public <V> Map<String, V> half(Map<String, V> map, boolean wantLook) {
        Map<String, V> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (isLook(k) == wantLook) {
                out.put(k, v);
            }
        });
        return out;
    }
}
