package io.parallax.link;

import io.parallax.link.gazetteer.Gazetteer;
import io.parallax.link.gazetteer.GazetteerEntry;
import io.parallax.link.translit.NamePartners;
import io.parallax.link.translit.TransliterationModel;
import io.parallax.link.translit.TransliterationScorer;
import io.parallax.model.EntityType;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whether two names, in any languages and scripts, denote the same entity, without context:
 * <ol>
 *   <li>a Latin name against a script with a learned model: the {@link TransliterationScorer}, word by word,
 *       unless both name the same major place (Москва, Moscow: a country, or a city or region of a million);</li>
 *   <li>both name places and the gazetteer knows them: same when they share a place (Moskva, Moscow);</li>
 *   <li>equal {@link NameKeys} under any known language's conventions (Prigozjin, Prigozhin);</li>
 *   <li>one is the surname of the other ("Putin", "Vladimir Putin");</li>
 *   <li>otherwise the similarity of their keys.</li>
 * </ol>
 * The learned model goes first across scripts because small places and common names collide: on the English ↔
 * Russian dev pairs the gazetteer and key rules were wrong four to ten times as often as the model.
 * Titles are stripped first. Thread-safe once built.
 */
public final class NameMatcher {

    /** Latin names against non-Latin ones are "same" at this model probability or above. */
    public static final double THRESHOLD = 0.5;
    /** Key similarity from which two romanised names are called the same. */
    static final double KEY_SIMILARITY = 0.85;
    /**
     * Across scripts the gazetteer overrules the model only for places this big (and countries, continents, former
     * countries): GeoNames lists odd alternate names of mid-sized places (Тулин for Turin, Рашиди for Rosetta) that
     * collide with personal names, and on the English ↔ Russian dev pairs every smaller place it matched was a person.
     */
    private static final long MAJOR_ACROSS_SCRIPTS = 1_000_000;
    private static final List<String> LANGUAGES = List.of("en", "sv", "de", "fr");
    /** Word pairs remembered per cache generation. */
    private static final int JUDGED = 16_384;
    /** The wikidata-translit data sets shipped as models, by the script they cover. */
    public static final Map<Script, String> MODEL_NAMES = Map.of(Script.CYRILLIC, "russian", Script.HEBREW, "hebrew",
            Script.ARABIC, "arabic", Script.HAN, "chinese", Script.HANGUL, "korean", Script.KANA, "japanese");

    /**
     * A decision.
     *
     * @param same   whether the names denote the same entity
     * @param score  in [0, 1]: how sure "same" is
     * @param reason which rule decided
     */
    public record Match(boolean same, double score, String reason) {
    }

    private final NameKeys keys;
    private final Gazetteer gazetteer;
    private final Map<Script, TransliterationScorer> scorers;
    private final Map<Script, NamePartners> partners;
    private final List<NameConventions> conventions;
    private final NameConventions titles;
    private final NameCleaner cleaner = new NameCleaner();
    /** Word pairs the models judged; at most twice this many are remembered (about 150 bytes each). */
    private final BoundedCache<String, TransliterationScorer.Judgement> judged = new BoundedCache<>(JUDGED);

    /**
     * @param keys      name keys
     * @param gazetteer places, or null
     * @param models    transliteration models by the script they read (may be empty)
     */
    public NameMatcher(NameKeys keys, Gazetteer gazetteer, Map<Script, TransliterationModel> models) {
        this(keys, gazetteer, models, Map.of());
    }

    /**
     * @param keys      name keys
     * @param gazetteer places, or null
     * @param models    transliteration models by the script they read (may be empty)
     * @param partners  Latin partners of name words, by script (may be empty)
     */
    public NameMatcher(NameKeys keys, Gazetteer gazetteer, Map<Script, TransliterationModel> models,
                       Map<Script, NamePartners> partners) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.partners = Map.copyOf(partners);
        this.gazetteer = gazetteer;
        Map<Script, TransliterationScorer> s = new EnumMap<>(Script.class);
        models.forEach((script, m) -> s.put(script, new TransliterationScorer(m)));
        this.scorers = Map.copyOf(s);
        this.conventions = LANGUAGES.stream().map(NameConventions::load).toList();
        Set<String> allTitles = new HashSet<>();
        conventions.forEach(c -> allTitles.addAll(c.titles()));
        this.titles = new NameConventions("und", allTitles, Set.of(), List.of(), List.of(), List.of(), false);
    }

    /** A matcher with the shipped gazetteer and every shipped transliteration model. */
    public static NameMatcher standard(NameKeys keys, Gazetteer gazetteer) {
        Map<Script, TransliterationModel> models = new EnumMap<>(Script.class);
        Map<Script, NamePartners> partners = new EnumMap<>(Script.class);
        MODEL_NAMES.forEach((script, name) -> {
            TransliterationModel m = TransliterationModel.loadResource(name);
            if (m != null) {
                models.put(script, m);
            }
            NamePartners p = NamePartners.loadResource(name);
            if (p.size() > 0) {
                partners.put(script, p);
            }
        });
        return new NameMatcher(keys, gazetteer, models, partners);
    }

    /**
     * The Latin words that name data pairs with a name word of another script (特朗普 → trump), most frequent
     * first: candidates for {@link #compare} to confirm, never a decision. Empty for scripts without partner data.
     */
    public List<String> latinPartners(String word) {
        NamePartners p = partners.get(Script.of(word));
        return p == null ? List.of() : p.of(NamePartners.normalise(keys.romanizer(), word));
    }

    /** Compares two names. Never throws for any strings; empty or letterless names are "different". */
    public Match compare(String first, String second) {
        String a = cleaner.clean(first, EntityType.PER, titles).name();
        String b = cleaner.clean(second, EntityType.PER, titles).name();
        if (!hasLetter(a) || !hasLetter(b)) {
            return new Match(false, 0, "no letters");
        }
        TransliterationScorer model = crossScript(Script.of(a), Script.of(b));
        if (model != null) {
            Match place = places(a, b, true);
            return place != null && place.same() ? place
                    : Script.of(a) == Script.LATIN ? byModel(a, b, model) : byModel(b, a, model);
        }
        Match place = places(a, b, false);
        if (place != null) {
            return place;
        }
        Set<String> ka = allKeys(a);
        Set<String> kb = allKeys(b);
        if (ka.stream().anyMatch(kb::contains)) {
            return new Match(true, 0.97, "same key");
        }
        if (surnameOf(ka, kb) || surnameOf(kb, ka)) {
            return new Match(true, 0.8, "surname of the full name");
        }
        return byKeys(ka, kb);
    }

    /**
     * True when one name is in Latin letters and the other in a script with a transliteration model, so that
     * {@link #compare} decides by the learned model.
     */
    public boolean modelled(String first, String second) {
        return crossScript(Script.of(first), Script.of(second)) != null;
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    private Set<String> allKeys(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(keys.key(name));
        conventions.forEach(c -> out.add(keys.key(name, c)));
        out.remove("");
        return out;
    }

    private static boolean surnameOf(Set<String> single, Set<String> full) {
        for (String s : single) {
            if (s.indexOf(' ') >= 0) {
                continue;
            }
            for (String f : full) {
                List<String> w = NameKeys.words(f);
                if (w.size() >= 2 && w.get(w.size() - 1).equals(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The scorer for a Latin name against a name in a script with a model, or null. */
    private TransliterationScorer crossScript(Script sa, Script sb) {
        if (sa == Script.LATIN && scorers.containsKey(sb)) {
            return scorers.get(sb);
        }
        return sb == Script.LATIN ? scorers.get(sa) : null;
    }

    /** Same place, or two different places; null when either is not a known place. */
    private Match places(String a, String b, boolean majorOnly) {
        if (gazetteer == null) {
            return null;
        }
        Set<String> pa = placeIds(a, majorOnly);
        Set<String> pb = placeIds(b, majorOnly);
        if (pa.isEmpty() || pb.isEmpty()) {
            return null;
        }
        Set<String> common = new HashSet<>(pa);
        common.retainAll(pb);
        return common.isEmpty() ? new Match(false, 0.05, "different places")
                : new Match(true, 0.95, "same place in the gazetteer");
    }

    private Set<String> placeIds(String name, boolean majorOnly) {
        Set<String> out = new HashSet<>();
        if (name.length() <= 3 && name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
            gazetteer.byCode(name).forEach(e -> out.add(e.id()));
        }
        for (String k : allKeys(name)) {
            gazetteer.byKey(k).stream().filter(e -> !majorOnly || major(e, MAJOR_ACROSS_SCRIPTS))
                    .map(GazetteerEntry::id)
                    .forEach(out::add);
        }
        return out;
    }

    /** Countries, continents, former countries, and regions and cities of at least {@code population}. */
    private static boolean major(GazetteerEntry e, long population) {
        return switch (e.kind()) {
            case COUNTRY, CONTINENT, HISTORICAL -> true;
            case CITY, REGION -> e.population() >= population;
        };
    }

    /**
     * Word by word when the word counts agree (the weakest word decides), else the whole names. The reason says when
     * the model's gate found a word no transliteration of the other at all.
     */
    private Match byModel(String latin, String other, TransliterationScorer scorer) {
        String[] lw = latin.strip().split("[\\s\\-]+");
        String[] ow = other.strip().split("[\\s\\-·・]+");
        if (lw.length != ow.length || lw.length < 2) {
            lw = new String[]{latin};
            ow = new String[]{other};
        }
        double p = 1;
        boolean implausible = false;
        for (int i = 0; i < lw.length; i++) {
            TransliterationScorer.Judgement j = judge(scorer, lw[i], ow[i]);
            p = Math.min(p, j.probability());
            implausible |= !j.plausible();
        }
        String reason = "transliteration model " + scorer.model().script();
        return new Match(p >= THRESHOLD, p, implausible ? reason + ": not a transliteration" : reason);
    }

    /**
     * The model's judgement of one pair of words, remembered: the same people are named again and again, and the
     * registry asks about a name against every candidate's names.
     */
    private TransliterationScorer.Judgement judge(TransliterationScorer scorer, String latin, String other) {
        return judged.get(scorer.model().script() + "\u0001" + latin + "\u0001" + other,
                k -> scorer.judge(latin, other));
    }

    private static Match byKeys(Set<String> ka, Set<String> kb) {
        double best = 0;
        for (String x : ka) {
            for (String y : kb) {
                best = Math.max(best, Strings.similarity(x, y));
            }
        }
        return new Match(best >= KEY_SIMILARITY, best, "key similarity");
    }
}
