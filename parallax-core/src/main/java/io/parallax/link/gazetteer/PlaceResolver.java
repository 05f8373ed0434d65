package io.parallax.link.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses among places that share a name (Moscow, Russia or Moscow, Idaho; Georgia the country or the US state)
 * from how often news names each kind of place (a prior from kind and population) and from the other places of the
 * same document (a bonus for candidates in a country the document already mentions).
 *
 * <p>When no candidate is ahead by a clear margin the answer is {@link Outcome#ambiguous ambiguous}: an unlinked
 * mention is better than a wrong merge. A country and a same-named region elsewhere (Georgia) need context or a
 * wide margin. Stateless and thread-safe.
 */
public final class PlaceResolver {

    /** Bonus for a candidate in a country that other places of the document are in. */
    static final double CONTEXT_BONUS = 4.0;
    private static final double MARGIN = 1.2;
    /** A country against a first-level region of another country (Georgia): only context may decide. */
    private static final double COUNTRY_REGION_MARGIN = 3.0;
    /** The words of compass-point names ("Far North", "Upper East"): see {@link #directions}. */
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern", "central", "centre", "center", "upper", "lower", "far",
            "middle");

    /**
     * What was decided for one name.
     *
     * @param place      the chosen place, or {@code null}
     * @param confidence in [0, 1]
     * @param reason     why, in a few words
     * @param candidates every candidate, best first; none when no candidate may be meant here, and the name may
     *                   then be something else's
     */
    public record Outcome(GazetteerEntry place, double confidence, String reason, List<GazetteerEntry> candidates) {

        public Outcome {
            Objects.requireNonNull(reason, "reason");
            candidates = List.copyOf(candidates);
        }

        public boolean resolved() {
            return place != null;
        }

        static Outcome ambiguous(List<GazetteerEntry> ranked, String why) {
            return new Outcome(null, 0, why, ranked);
        }
    }

    private record Scored(GazetteerEntry entry, double prior, double context) {
        double total() {
            return prior + context;
        }
    }

    /**
     * Picks one of {@code candidates}.
     *
     * @param candidates places with the mention's name (duplicates allowed)
     * @param context    ISO country codes of the document's other places
     */
    public Outcome resolve(List<GazetteerEntry> candidates, Set<String> context) {
        List<Scored> scored = new ArrayList<>();
        for (GazetteerEntry e : candidates.stream().distinct().toList()) {
            boolean inContext = e.countryCode() != null && context.contains(e.countryCode());
            if (inContext || !directions(e.name())) {
                scored.add(new Scored(e, prior(e), inContext ? CONTEXT_BONUS : 0));
            }
        }
        if (scored.isEmpty() && !candidates.isEmpty()) {   // every candidate a direction outside its country
            return Outcome.ambiguous(List.of(), "a direction, a place only in its country's context");
        }
        scored.sort(Comparator.comparingDouble(Scored::total).reversed().thenComparing(s -> s.entry().id()));
        List<GazetteerEntry> ranked = scored.stream().map(Scored::entry).toList();
        if (scored.isEmpty()) {
            return Outcome.ambiguous(ranked, "not in gazetteer");
        }
        Scored top = scored.get(0);
        if (scored.size() == 1) {
            return new Outcome(top.entry(), 0.95, "gazetteer: " + describe(top.entry()), ranked);
        }
        Scored second = scored.get(1);
        double margin = top.total() - second.total();
        if (margin < requiredMargin(top, second)) {
            return Outcome.ambiguous(ranked, "ambiguous place: " + describe(top.entry()) + " or "
                    + describe(second.entry()));
        }
        double confidence = 1 / (1 + Math.exp(-margin));
        String why = top.context() > second.context() ? " (document context)" : "";
        return new Outcome(top.entry(), confidence, "gazetteer: " + describe(top.entry()) + why, ranked);
    }

    /**
     * True for a name made only of compass words ("West", "Far North", "Upper East"): Cameroon's and Ghana's
     * regions are so named, and the word alone almost never means them, so they need their country in the
     * document.
     */
    static boolean directions(String name) {
        String[] words = name.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+");
        for (String w : words) {
            if (!DIRECTIONS.contains(w)) {
                return false;
            }
        }
        return words.length > 0;
    }

    private static double requiredMargin(Scored top, Scored second) {
        boolean countryVsRegion = java.util.EnumSet.of(top.entry().kind(), second.entry().kind())
                .equals(java.util.EnumSet.of(GazetteerEntry.Kind.COUNTRY, GazetteerEntry.Kind.REGION))
                && !Objects.equals(top.entry().countryCode(), second.entry().countryCode());
        return countryVsRegion && top.context() == second.context() ? COUNTRY_REGION_MARGIN : MARGIN;
    }

    /** How readily news means this place by its name: countries and capitals first, then regions, then cities. */
    public static double prior(GazetteerEntry e) {
        double pop = Math.log10(e.population() + 1.0);
        return switch (e.kind()) {
            case COUNTRY, CONTINENT -> 10 + 0.1 * pop;
            case HISTORICAL -> 9;
            case REGION -> 6 + 0.3 * pop;
            case CITY -> e.capital() ? 7 + 0.4 * pop : 0.6 * pop;
        };
    }

    static String describe(GazetteerEntry e) {
        String where = e.countryCode() == null ? "" : ", " + e.countryCode();
        return e.name() + " (" + e.kind().name().toLowerCase(java.util.Locale.ROOT) + where + ")";
    }
}
