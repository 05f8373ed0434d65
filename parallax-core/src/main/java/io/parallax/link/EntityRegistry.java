package io.parallax.link;

import io.parallax.link.gazetteer.Gazetteer;
import io.parallax.link.gazetteer.GazetteerEntry;
import io.parallax.link.gazetteer.PlaceResolver;
import io.parallax.link.translit.NamePartners;
import io.parallax.model.AnalyzedDocument;
import io.parallax.model.Document;
import io.parallax.model.Entity;
import io.parallax.model.EntityType;
import io.parallax.model.Mention;
import io.parallax.model.Place;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The entity registry: resolves every mention of every document to a canonical entity, across documents, languages
 * and scripts, and applies the user's {@link Decision decisions}.
 *
 * <p><b>How a mention is resolved.</b> Its text is cleaned ({@link NameCleaner}: titles, genitives, roles) and
 * keyed ({@link NameKeys}). Places go to the {@link Gazetteer} first and are chosen by {@link PlaceResolver} with
 * the document's other places as context; a place name that stays ambiguous stays unlinked. Other names link on an
 * equal key, a person's surname to the one person with that surname ("Putin" → "Vladimir Putin"), a full name to
 * an earlier surname-only entity, an inflected form to its base ("Prigozjins" → "Prigozjin", tried only when the
 * name itself matches nothing), across languages on keys one edit apart, and, given a {@link NameMatcher}, across
 * scripts where a key or a surname is one edit away and the learned transliteration model confirms the names
 * ("Трампа" → "Donald Trump"). Recogniser type mistakes are absorbed:
 * a name with no candidate of its own type links to the same name under another type, and a major place tagged as
 * a person or organisation is the place. Several equally good candidates leave the mention unlinked, with the
 * reason.
 *
 * <p><b>Persistence.</b> The registry is derived state: persist the analysed documents (in ingest order) and
 * {@link #decisions()}, and rebuild with {@link #rebuild}. Entity ids are derived from names and from GeoNames ids,
 * and every decision is a standing rule, so the same documents and decisions give the same ids and entities, in
 * any process. Applying a decision replays the registry's retained mentions.
 *
 * <p><b>Threads.</b> One writer at a time ({@link #add}, {@link #apply}); reads may run concurrently with each
 * other. A read-write lock enforces this, so calls from several threads are safe but serialised.
 */
public final class EntityRegistry implements EntityLinker {

    private static final double EXACT = 0.95;
    private static final double PARTIAL = 0.85;
    private static final double FUZZY = 0.7;
    private static final double NEW = 0.9;
    private static final int MAX_ID_LENGTH = 80;
    private static final long MAJOR_CITY = 100_000;
    private static final double OTHER_TYPE = 0.8;
    /** A gloss is as sure as the link of the name it glosses, nearly. */
    private static final double GLOSS = 0.95;
    /** Shortest key (letters) the transliteration step looks up: one edit in three letters finds anything. */
    private static final int MIN_TRANSLITERATED_LETTERS = 4;
    /** Scripts that leave vowels unwritten: their names are also looked up by consonants. */
    private static final Set<Script> VOWELLESS = java.util.EnumSet.of(Script.ARABIC, Script.HEBREW);
    /** Fewest letters of a surname looked up by its Latin partners: one Han character names too many. */
    private static final int MIN_PARTNER_LETTERS = 2;
    /** Fewest consonants for a look-up by consonants. */
    private static final int MIN_CONSONANTS = 3;
    /** Longest acronym, in letters: such a word never links as a surname. */
    private static final int MAX_ACRONYM = 4;

    private final LinkerConfig config;
    private final NameKeys keys;
    private final Gazetteer gazetteer;
    private final NameMatcher matcher;
    private final NameCleaner cleaner = new NameCleaner();
    private final PlaceResolver places = new PlaceResolver();
    private final Map<String, NameConventions> conventions = new HashMap<>();
    private final Map<String, RoadNames> roads = new HashMap<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final LinkedHashMap<String, Observation> documents = new LinkedHashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private State state;

    /**
     * What the registry retains of a document: enough to replay it.
     *
     * @param glosses from the index of a mention in another script to that of the Latin name glossing it
     */
    record Observation(String document, String language, Instant seen, List<Mention> mentions,
                       Map<Integer, Integer> glosses) {
    }

    /** Everything derived from observations and decisions; replaced wholesale on replay. */
    private static final class State {
        final DecisionRules rules;
        final Map<String, EntityNode> nodes = new LinkedHashMap<>();
        final Map<String, Set<String>> byKey = new HashMap<>();
        final Map<String, Set<String>> bySurname = new HashMap<>();
        final Map<String, Set<String>> byDeletion = new HashMap<>();
        final Map<String, Set<String>> bySurnameDeletion = new HashMap<>();
        /** Latin names (and the surnames of people's) by {@link NameKeys#consonants}. */
        final Map<String, Set<String>> byConsonants = new HashMap<>();
        final Map<String, List<Resolution>> resolutions = new HashMap<>();

        State(DecisionRules rules) {
            this.rules = rules;
        }
    }

    /**
     * A registry with no documents.
     *
     * @param config    settings
     * @param keys      name keys (shares the {@link Romanizer})
     * @param gazetteer places, or {@code null} to link place names like any other names
     * @param decisions the user's decision log, applied to everything added
     */
    public EntityRegistry(LinkerConfig config, NameKeys keys, Gazetteer gazetteer, List<Decision> decisions) {
        this(config, keys, gazetteer, null, decisions);
    }

    /**
     * A registry with no documents that also links names across scripts by a learned transliteration model: a
     * name written in one script ("Трамп") and a known entity's name in another ("Donald Trump") whose keys are one
     * edit apart, where the model says they are the same name.
     *
     * @param matcher decides whether names in two scripts are the same name; {@code null} for no such step
     */
    public EntityRegistry(LinkerConfig config, NameKeys keys, Gazetteer gazetteer, NameMatcher matcher,
                          List<Decision> decisions) {
        this.config = Objects.requireNonNull(config, "config");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.gazetteer = gazetteer;
        this.matcher = matcher;
        this.decisions.addAll(decisions);
        this.state = new State(new DecisionRules(this.decisions, keys));
    }

    /**
     * A registry with the default settings, the shipped gazetteer and transliteration models, and no decisions.
     * Loading takes about a second.
     */
    public static EntityRegistry standard() {
        NameKeys keys = new NameKeys(new Romanizer());
        Gazetteer gazetteer = Gazetteer.loadDefault();
        return new EntityRegistry(LinkerConfig.DEFAULT, keys, gazetteer, NameMatcher.standard(keys, gazetteer),
                List.of());
    }

    /**
     * Rebuilds a registry from persisted state: the decision log and the analysed documents in ingest order.
     * Gives the same entities and ids as the registry that produced the log.
     */
    public static EntityRegistry rebuild(LinkerConfig config, NameKeys keys, Gazetteer gazetteer, NameMatcher matcher,
                                         List<Decision> decisions, Iterable<AnalyzedDocument> documents) {
        EntityRegistry r = new EntityRegistry(config, keys, gazetteer, matcher, decisions);
        for (AnalyzedDocument d : documents) {
            r.add(d);
        }
        return r;
    }

    @Override
    public List<Resolution> add(AnalyzedDocument document) {
        return add(document, seenAt(document.document()));
    }

    /**
     * Adds a document seen at a given time (for first/last seen). Adding a document id again replaces the earlier
     * version (re-ingestion) and replays the registry.
     */
    public List<Resolution> add(AnalyzedDocument document, Instant seen) {
        Objects.requireNonNull(document, "document");
        Observation obs = new Observation(document.id(), language(document), seen, document.mentions(),
                glosses(document.document().text(), document.mentions()));
        lock.writeLock().lock();
        try {
            boolean again = documents.containsKey(obs.document());
            documents.put(obs.document(), obs);
            if (again) {
                replay();
                return state.resolutions.get(obs.document());
            }
            return resolve(state, obs);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Records a user decision and re-resolves every retained mention under it. */
    public void apply(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        lock.writeLock().lock();
        try {
            decisions.add(decision);
            replay();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The decision log, oldest first: persist it to rebuild the registry. */
    public List<Decision> decisions() {
        lock.readLock().lock();
        try {
            return List.copyOf(decisions);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The resolutions of a document's mentions, as last computed. */
    public List<Resolution> resolutions(String documentId) {
        lock.readLock().lock();
        try {
            return state.resolutions.getOrDefault(documentId, List.of());
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<Entity> entities() {
        lock.readLock().lock();
        try {
            return state.nodes.values().stream().map(n -> n.toEntity(state.rules.renamed(n.id))).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Optional<Entity> entity(String id) {
        lock.readLock().lock();
        try {
            EntityNode n = state.nodes.get(state.rules.resolve(id));
            return Optional.ofNullable(n).map(x -> x.toEntity(state.rules.renamed(x.id)));
        } finally {
            lock.readLock().unlock();
        }
    }

    private void replay() {
        State fresh = new State(new DecisionRules(decisions, keys));
        for (Observation o : documents.values()) {
            resolve(fresh, o);
        }
        state = fresh;
    }

    private static String language(AnalyzedDocument d) {
        return d.language() == null || d.language().isUndetermined() ? "und" : d.lang();
    }

    /** When a document was seen: its ingest or fetch time from metadata, else its publication date, else null. */
    static Instant seenAt(Document d) {
        for (String key : List.of("ingested", "fetched")) {
            String v = d.metadata().get(key);
            if (v != null) {
                try {
                    return Instant.parse(v);
                } catch (DateTimeParseException ignored) {
                    // fall through to the next source: metadata is free-form
                }
            }
        }
        return d.published() == null ? null : d.published().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private NameConventions conventions(String language) {
        return conventions.computeIfAbsent(language, NameConventions::load);
    }

    // ---------------------------------------------------------------- resolving one document

    /** Per-document working set. */
    private final class Pass {
        final State s;
        final Observation obs;
        final NameConventions conv;
        final NameForm[] forms;
        final Resolution[] out;
        final Set<String> inDocument = new LinkedHashSet<>();
        final Set<String> documentKeys = new java.util.HashSet<>();
        final Set<String> personSurnames = new java.util.HashSet<>();

        Pass(State s, Observation obs) {
            this.s = s;
            this.obs = obs;
            this.conv = conventions(obs.language());
            this.forms = new NameForm[obs.mentions().size()];
            this.out = new Resolution[forms.length];
        }
    }

    private List<Resolution> resolve(State s, Observation obs) {
        Pass p = new Pass(s, obs);
        List<Mention> ms = obs.mentions();
        for (int i = 0; i < ms.size(); i++) {
            p.forms[i] = cleaner.clean(ms.get(i).text(), ms.get(i).type(), p.conv);
            p.documentKeys.addAll(keys.keys(p.forms[i].name(), p.conv));
            List<String> words = NameKeys.words(keys.key(p.forms[i].name(), p.conv));
            if (!words.isEmpty()) {
                p.documentKeys.add(words.get(words.size() - 1));
            }
            if (words.size() >= 2 && ms.get(i).type() == EntityType.PER) {
                p.personSurnames.add(words.get(words.size() - 1));
            }
            String bad = ms.get(i).type() == EntityType.LOC && roadNumber(p, i) != null ? null : invalid(p.forms[i]);
            if (bad != null) {
                p.out[i] = new Resolution(ms.get(i), null, 0, bad);
            }
        }
        resolvePlaces(p);
        linkRoads(p);
        List<Integer> order = nameOrder(p);
        Map<Integer, Integer> glosses = obs.glosses();
        List<Integer> deferred = new ArrayList<>();
        for (int i : order) {
            if (p.out[i] == null && !linkGloss(p, i, glosses.get(i)) && !linkByName(p, i, false)) {
                deferred.add(i);
            }
        }
        for (int i : deferred) {
            if (!linkByName(p, i, true)) {
                create(p, i);
            }
        }
        List<Resolution> result = List.of(p.out);
        s.resolutions.put(obs.document(), result);
        return result;
    }

    /**
     * Names in another script followed by a Latin name in brackets, as news in Chinese, Japanese, Russian or Arabic
     * glosses a foreign name: "杰夫·迪尔(Geoff Diehl)", "Дональд Трамп (Donald Trump)". From the index of the
     * other name to that of the Latin one.
     */
    static Map<Integer, Integer> glosses(String text, List<Mention> ms) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> ms.get(i).start()));
        Map<Integer, Integer> out = new HashMap<>();
        for (int k = 0; k + 1 < order.size(); k++) {
            Mention m = ms.get(order.get(k));
            Mention next = ms.get(order.get(k + 1));
            if (Script.of(m.text()) != Script.LATIN && Script.of(next.text()) == Script.LATIN
                    && between(text, m.end(), next.start()).matches("\\s?[(（]\\s?")
                    && between(text, next.end(), next.end() + 1).matches("[)）]")) {
                out.put(order.get(k), order.get(k + 1));
            }
        }
        return out;
    }

    private static String between(String text, int from, int to) {
        return from <= to && to <= text.length() ? text.substring(from, to) : "";
    }

    /**
     * Links mention {@code i} to the entity of the Latin name that glosses it ({@code gloss}, null for none),
     * linking that name first. False when there is no gloss or it found no entity.
     */
    private boolean linkGloss(Pass p, int i, Integer gloss) {
        if (gloss == null) {
            return false;
        }
        if (p.out[gloss] == null && !linkByName(p, gloss, false)) {
            create(p, gloss);
        }
        String id = p.out[gloss].entity();   // null when the Latin name could not be linked (too short, ambiguous)
        EntityNode n = id == null ? null : p.s.nodes.get(id);
        if (n == null || n.place != null && p.obs.mentions().get(i).type() != EntityType.LOC) {
            return false;
        }
        attach(p, i, n, p.forms[i].name(), p.out[gloss].confidence() * GLOSS,
                "glossed as '" + p.obs.mentions().get(gloss).text() + "'");
        return true;
    }

    private String invalid(NameForm f) {
        int letters = (int) f.name().codePoints().filter(Character::isLetter).count();
        int digits = (int) f.name().codePoints().filter(Character::isDigit).count();
        if (f.surface().length() > config.maxNameLength()) {
            return "too long to be a name: " + f.surface().length() + " characters";
        }
        if (letters == 0) {
            return "no letters";
        }
        if (letters + digits < config.minLetters()) {
            return "too short to link: " + letters + " letter" + (letters == 1 ? "" : "s");
        }
        if (keys.key(f.name()).isEmpty()) {
            return "no romanisation for script " + Script.of(f.name());
        }
        return null;
    }

    /** Names in the order they are best resolved: full names before partial ones, then text order. */
    private static List<Integer> nameOrder(Pass p) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < p.out.length; i++) {
            if (p.out[i] == null) {
                order.add(i);
            }
        }
        int[] words = new int[p.out.length];
        for (int i : order) {
            words[i] = p.forms[i].words();
        }
        order.sort(Comparator.comparingInt((Integer i) -> -words[i]).thenComparingInt(i -> i));
        return order;
    }

    // ---------------------------------------------------------------- places

    private record PlaceHit(int mention, String key, List<GazetteerEntry> candidates) {
    }

    private void resolvePlaces(Pass p) {
        if (gazetteer == null) {
            return;
        }
        List<PlaceHit> hits = new ArrayList<>();
        for (int i = 0; i < p.out.length; i++) {
            Mention m = p.obs.mentions().get(i);
            if (p.out[i] == null) {
                placeCandidates(p, i).ifPresent(hits::add);
            }
        }
        Map<Integer, String> firstPass = new HashMap<>();
        for (PlaceHit h : hits) {
            PlaceResolver.Outcome o = places.resolve(h.candidates(), Set.of());
            if (o.resolved() && o.place().countryCode() != null) {
                firstPass.put(h.mention(), h.key() + "\t" + o.place().countryCode());
            }
        }
        for (PlaceHit h : hits) {
            Set<String> context = new TreeSet<>();
            firstPass.forEach((i, v) -> {
                String[] kc = v.split("\t");
                if (!kc[0].equals(h.key())) {
                    context.add(kc[1]);
                }
            });
            linkPlace(p, h, places.resolve(h.candidates(), context));
        }
    }

    private Optional<PlaceHit> placeCandidates(Pass p, int i) {
        NameForm f = p.forms[i];
        for (String name : f.candidates()) {
            if (ruleTarget(p, name) != null) {
                return Optional.empty();
            }
            List<GazetteerEntry> found = new ArrayList<>();
            if (name.length() <= 3 && name.equals(name.toUpperCase(Locale.ROOT))) {
                found.addAll(gazetteer.byCode(name));
            }
            String key = keys.key(name, p.conv);
            // a word of up to three capitals is an abbreviation ("UK") or an acronym ("JAY"): it names a place only
            // as spelled, not through the key's merged spellings ("JAY" and Jersey's "Jeri" share "iai")
            String spelled = shortCapitals(name) ? name.toLowerCase(Locale.ROOT) : null;
            for (String k : keys.keys(name, p.conv)) {
                if (spelled == null || k.equals(spelled)) {
                    found.addAll(gazetteer.byKey(k));
                }
            }
            if (!found.isEmpty()) {
                return Optional.of(new PlaceHit(i, key, found));
            }
        }
        return Optional.empty();
    }

    /** One to three letters, all Latin capitals, nothing else. */
    private static boolean shortCapitals(String name) {
        return name.length() <= 3 && name.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private void linkPlace(Pass p, PlaceHit h, PlaceResolver.Outcome o) {
        Mention m = p.obs.mentions().get(h.mention());
        if (m.type() != EntityType.LOC && !placeDespiteType(p, h, o)) {
            return;
        }
        if (!o.resolved()) {
            if (!o.candidates().isEmpty()) {   // else no place is meant, and the name may link as a name
                p.out[h.mention()] = new Resolution(m, null, 0, o.reason());
            }
            return;
        }
        String id = p.s.rules.resolve(o.place().id());
        EntityNode n = p.s.nodes.get(id);
        if (n == null) {
            n = newNode(p.s, id, EntityType.LOC);
            n.place = o.place();
        }
        attach(p, h.mention(), n, p.forms[h.mention()].name(), o.confidence(), o.reason());
    }

    /**
     * Recognisers tag places as people or organisations ("Maryland" as a person, "Moskva" as an organisation).
     * Such a mention is the place only when the place is major, and for a person-typed mention only when it is
     * the place's English name and no person here bears it ("Katarina" is not Qatar). Nationalities and other
     * MISC names are never places.
     */
    private boolean placeDespiteType(Pass p, PlaceHit h, PlaceResolver.Outcome o) {
        EntityType type = p.obs.mentions().get(h.mention()).type();
        if (type == EntityType.MISC || !o.resolved() || !major(o.place())) {
            return false;
        }
        return type != EntityType.PER
                || keys.key(o.place().name()).equals(h.key()) && !personNamed(p, h);
    }

    /** Countries, continents, regions, capitals and cities of 100,000 or more. */
    private static boolean major(GazetteerEntry e) {
        return e.kind() != GazetteerEntry.Kind.CITY || e.capital() || e.population() >= MAJOR_CITY;
    }

    /**
     * True when a person-typed mention may well be a person: it has several words, or its word is the surname of a
     * full name in this document or of a known person. A place that has taken in person-typed mentions of its name
     * (a recogniser's slips) is no known person.
     */
    private boolean personNamed(Pass p, PlaceHit h) {
        if (p.obs.mentions().get(h.mention()).type() != EntityType.PER) {
            return false;
        }
        List<String> words = NameKeys.words(h.key());
        if (words.size() != 1) {
            return true;
        }
        String w = words.get(0);
        return p.personSurnames.contains(w) || p.s.bySurname.containsKey(w)
                || lookup(p.s.byKey, Set.of(w)).stream().map(p.s.nodes::get)
                        .anyMatch(n -> n.place == null && n.types.contains(EntityType.PER));
    }

    /**
     * Numbered roads ("motorvägen M4", "M4") are in no gazetteer, and their numbers repeat from country to country.
     * A road is placed in the country of the nearest gazetteer place of its document (by character distance:
     * "motorvägen M4 … till Moskva"), with that country's point and country precision, which is all the text says;
     * it links by its number within that country. Without a place to go by it stays unlinked, with the reason.
     */
    private void linkRoads(Pass p) {
        List<Mention> ms = p.obs.mentions();
        for (int i = 0; i < ms.size(); i++) {
            String number = p.out[i] == null && ms.get(i).type() == EntityType.LOC ? roadNumber(p, i) : null;
            if (number == null) {
                continue;
            }
            GazetteerEntry country = gazetteer == null ? null : nearestCountry(p, i);
            if (country == null || Double.isNaN(country.latitude())) {
                p.out[i] = new Resolution(ms.get(i), null, 0, "road " + number + ": no place in the text says where");
                continue;
            }
            // romanised, so that Russian "М4" (Cyrillic М) is the same road as "M4"
            String code = keys.romanizer().romanize(number).toUpperCase(Locale.ROOT).replace(' ', '-');
            String id = p.s.rules.resolve("road:" + country.countryCode() + ":" + code);
            EntityNode n = p.s.nodes.get(id);
            if (n == null) {
                n = newNode(p.s, id, EntityType.LOC);
                n.located = new Place(country.latitude(), country.longitude(), Place.Precision.COUNTRY,
                        country.countryCode(), 0);
            }
            record(p, i, n, ms.get(i).text().strip(), 0.8, "road " + number + " in " + country.name()
                    + " (the nearest place)");
        }
    }

    /** The road number of mention {@code i}, as written or as cleaned, or null when it is no road. */
    private String roadNumber(Pass p, int i) {
        RoadNames roadNames = roads.computeIfAbsent(p.obs.language(), RoadNames::new);
        String number = roadNames.number(p.obs.mentions().get(i).text());
        return number != null ? number : roadNames.number(p.forms[i].name());
    }

    /** Characters between two mentions, a sentence boundary counting as far. */
    private static int distance(Mention a, Mention b) {
        int gap = Math.max(0, Math.max(a.start() - b.end(), b.start() - a.end()));
        return a.sentence() == b.sentence() ? gap : 1_000_000 + gap;
    }

    /** The country of the gazetteer place mentioned nearest to mention {@code i}, or null. */
    private GazetteerEntry nearestCountry(Pass p, int i) {
        List<Mention> ms = p.obs.mentions();
        String code = null;
        int best = Integer.MAX_VALUE;
        for (int j = 0; j < ms.size(); j++) {
            EntityNode n = p.out[j] == null || p.out[j].entity() == null ? null : p.s.nodes.get(p.out[j].entity());
            int distance = distance(ms.get(i), ms.get(j));
            if (n != null && n.place != null && n.place.countryCode() != null && distance < best) {
                best = distance;
                code = n.place.countryCode();
            }
        }
        return code == null ? null : gazetteer.byCode(code).stream()
                .filter(e -> e.kind() == GazetteerEntry.Kind.COUNTRY).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- names

    /**
     * Tries to link mention {@code i} by its name ({@code inflected} false) or by the base forms it may be an
     * inflection of ({@code inflected} true). Returns false when nothing fits and the caller may try again or
     * create an entity.
     */
    private boolean linkByName(Pass p, int i, boolean inflected) {
        NameForm f = p.forms[i];
        List<String> names = inflected ? f.alternatives() : List.of(f.name());
        EntityType type = p.obs.mentions().get(i).type();
        for (String name : names) {
            Candidates c = candidates(p, name, type, !inflected);
            if (c.ids.size() == 1) {
                String id = c.ids.iterator().next();
                attach(p, i, p.s.nodes.get(id), name, c.confidence, c.reason
                        + (inflected ? " (inflected form of " + name + ")" : ""));
                return true;
            }
            if (c.ids.size() > 1) {
                p.out[i] = new Resolution(p.obs.mentions().get(i), null, 0,
                        "ambiguous: " + c.ids.size() + " entities fit '" + name + "' (" + String.join(", ", c.ids)
                                + ")");
                return true;
            }
        }
        if (!inflected && linkTransliterated(p, i, f)) {
            return true;
        }
        if (!inflected && f.alternatives().stream().anyMatch(a -> plausibleBase(p, a))) {
            return false;
        }
        if (!inflected) {
            create(p, i);
            return true;
        }
        return false;
    }

    /**
     * True when a possible base form names something: another mention of the document or a known entity. Only
     * then is it worth waiting for the rest of the document before deciding ("Prigozjins" … "Prigozjin").
     */
    private boolean plausibleBase(Pass p, String base) {
        for (String k : keys.keys(base, p.conv)) {
            if (p.documentKeys.contains(k) || p.s.byKey.containsKey(k) || p.s.bySurname.containsKey(k)) {
                return true;
            }
        }
        return false;
    }

    private record Candidates(Set<String> ids, double confidence, String reason) {
        static final Candidates NONE = new Candidates(Set.of(), 0, "");
    }

    private Candidates candidates(Pass p, String name, EntityType type, boolean fuzzy) {
        String ruled = ruleTarget(p, name);
        if (ruled != null) {
            return new Candidates(Set.of(ruled), 1.0, "user decision");
        }
        Set<String> nameKeys = nameKeys(name, type, p.conv);
        Set<String> exact = compatible(p, lookup(p.s.byKey, nameKeys), type, nameKeys);
        if (!exact.isEmpty()) {
            return choose(p, exact, EXACT, "same name key");
        }
        // an acronym is nobody's surname: "ИТ" (IT) is not the "It" of "Wield It"
        List<String> words = acronym(name) ? List.of() : NameKeys.words(keys.key(name, p.conv));
        if (type == EntityType.PER || type == EntityType.MISC) {
            Candidates partial = partial(p, words, type, type == EntityType.PER, nameKeys);
            if (!partial.ids.isEmpty()) {
                return partial;
            }
        }
        // under its own keys only: "Trump Organization" says it is an organisation, so its bare "Trump" is no
        // recogniser's slip for the person
        Candidates other = otherType(p, keys.keys(name, p.conv), words, type == EntityType.PER);
        if (!other.ids.isEmpty()) {
            return other;
        }
        if (fuzzy && config.fuzzy()) {
            return fuzzy(p, nameKeys, type);
        }
        return Candidates.NONE;
    }

    /**
     * One word of two to four letters, all capitals ("NATO", "ИИ"). Longer words in capitals are more often a
     * headline's surnames ("PUTIN") than acronyms.
     */
    private static boolean acronym(String name) {
        String s = name.strip();
        long letters = s.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && letters <= MAX_ACRONYM && s.indexOf(' ') < 0
                && s.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** The keys a name is known by; an organisation's also without its kind words ("Wagner Group", "Wagner"). */
    private Set<String> nameKeys(String name, EntityType type, NameConventions conv) {
        Set<String> out = new LinkedHashSet<>(keys.keys(name, conv));
        if (type == EntityType.ORG || type == EntityType.MISC) {
            out.addAll(keys.keys(conv.withoutDesignators(name), conv));
        }
        return out;
    }

    /** The entity a user decision sends this name to (a forced variant or a split), creating a split-off. */
    private String ruleTarget(Pass p, String name) {
        if (p.s.rules.isEmpty()) {
            return null;
        }
        for (String k : keys.keys(name, p.conv)) {
            String forced = p.s.rules.forced(k);
            if (forced != null && p.s.nodes.containsKey(forced)) {
                return forced;
            }
            DecisionRules.SplitOff off = p.s.rules.split(k);
            if (off != null) {
                String id = p.s.rules.resolve(off.id());
                if (!p.s.nodes.containsKey(id)) {
                    EntityNode from = p.s.nodes.get(p.s.rules.resolve(off.from()));
                    EntityNode n = newNode(p.s, id, from == null ? EntityType.MISC : from.type);
                    n.splitName = off.name();
                }
                return id;
            }
        }
        return null;
    }

    /**
     * The same name under another type (recognisers confuse people, organisations and places: "Prigozhin" tagged
     * as a place), never a gazetteer place: an equal key first, then a surname.
     */
    private Candidates otherType(Pass p, Set<String> nameKeys, List<String> words, boolean person) {
        Set<String> exact = compatible(p, lookup(p.s.byKey, nameKeys), null, nameKeys);
        if (!exact.isEmpty()) {
            return choose(p, exact, EXACT * OTHER_TYPE, "same name key, other type");
        }
        Candidates partial = partial(p, words, null, person, nameKeys);
        return new Candidates(partial.ids, partial.confidence * OTHER_TYPE, partial.reason + ", other type");
    }

    /**
     * "Putin" → the one person whose surname it is; "Vladimir Putin" → an earlier surname-only "Putin", when
     * either is known to be a person ({@code person}: the mention is typed as one). The last word of an
     * organisation's or a place's name is mostly its kind ("Etihad Stadium", "Army Hospital") or a common word
     * ("NL West"), nobody's surname.
     */
    private Candidates partial(Pass p, List<String> words, EntityType type, boolean person, Set<String> nameKeys) {
        if (words.isEmpty()) {
            return Candidates.NONE;
        }
        String last = words.get(words.size() - 1);
        if (words.size() == 1) {
            Set<String> ids = compatible(p, lookup(p.s.bySurname, Set.of(last)), type, nameKeys);
            ids.removeIf(id -> !person && !p.s.nodes.get(id).types.contains(EntityType.PER));
            return choose(p, ids, PARTIAL, "surname");
        }
        Set<String> ids = new TreeSet<>();
        for (String id : compatible(p, lookup(p.s.byKey, Set.of(last)), type, nameKeys)) {
            EntityNode n = p.s.nodes.get(id);
            if (!n.multiWord() && (person || n.types.contains(EntityType.PER))) {
                ids.add(id);
            }
        }
        for (String id : compatible(p, lookup(p.s.bySurname, Set.of(last)), type, nameKeys)) {
            if (firstNamesAgree(words.get(0), p.s.nodes.get(id).firstKeys)) {
                ids.add(id);
            }
        }
        return choose(p, ids, PARTIAL, "same surname");
    }

    /** Given names agree when equal, when one is an initial of the other, or when they are close spellings. */
    static boolean firstNamesAgree(String first, Set<String> known) {
        for (String k : known) {
            if (k.equals(first) || (first.length() == 1 || k.length() == 1) && k.charAt(0) == first.charAt(0)) {
                return true;
            }
            if (k.charAt(0) == first.charAt(0) && Strings.similarity(k, first) >= 0.75) {
                return true;
            }
        }
        return false;
    }

    /** Keys one edit apart, for long names seen only in other languages. */
    private Candidates fuzzy(Pass p, Set<String> nameKeys, EntityType type) {
        Set<String> ids = new TreeSet<>();
        for (String k : nameKeys) {
            if (k.replace(" ", "").length() < config.minFuzzyLetters()) {
                continue;
            }
            for (String near : nearKeys(p.s.byDeletion, k)) {
                ids.addAll(p.s.byKey.getOrDefault(near, Set.of()));
            }
        }
        Set<String> compatible = compatible(p, ids, type, nameKeys);
        compatible.removeIf(id -> p.s.nodes.get(id).languages().contains(p.obs.language()));
        return choose(p, compatible, FUZZY, "spelling one edit from another language's");
    }

    /**
     * Links mention {@code i} when its name, or a base form it may be an inflection of, is a transliteration of
     * the name of exactly one known entity written in another script. Candidates are entities with a key, or a
     * one-word name against a surname, one edit away, and for Arabic and Hebrew names also Latin names with the
     * same {@link NameKeys#consonants consonants}; the {@link NameMatcher}'s model decides. This reaches the
     * short and inflected names the key rules miss ("Трампа" → "Donald Trump": keys "tramp" and "trump").
     * Several entities that fit leave the mention to the rules that follow.
     */
    private boolean linkTransliterated(Pass p, int i, NameForm f) {
        if (matcher == null || !config.fuzzy()) {
            return false;
        }
        EntityType type = p.obs.mentions().get(i).type();
        List<String> names = new ArrayList<>();
        names.add(f.name());
        names.addAll(f.alternatives());
        for (String name : names) {
            Map<String, Double> fits = transliterations(p, name, type);
            if (fits.size() == 1) {
                Map.Entry<String, Double> e = fits.entrySet().iterator().next();
                attach(p, i, p.s.nodes.get(e.getKey()), name, FUZZY * e.getValue(), String.format(Locale.ROOT,
                        "transliteration of another script's name (model %.2f)", e.getValue()));
                return true;
            }
        }
        return false;
    }

    /** The entities whose name in another script the model calls the same as {@code name}, with its probability. */
    private Map<String, Double> transliterations(Pass p, String name, EntityType type) {
        String key = keys.key(name, p.conv);
        List<String> words = NameKeys.words(key);
        Script script = Script.of(name);
        if (script == Script.HAN) {
            return confirmed(p, byPartners(p, words), key, key, type);   // the key keeps a dotted name's words apart
        }
        if (words.isEmpty() || key.replace(" ", "").length() < MIN_TRANSLITERATED_LETTERS) {
            return Map.of();
        }
        Set<String> ids = byPartners(p, NameKeys.words(NamePartners.normalise(keys.romanizer(), name)));
        for (String near : nearKeys(p.s.byDeletion, key)) {
            ids.addAll(p.s.byKey.getOrDefault(near, Set.of()));
        }
        if (words.size() == 1) {
            for (String near : nearKeys(p.s.bySurnameDeletion, key)) {
                ids.addAll(p.s.bySurname.getOrDefault(near, Set.of()));
            }
        }
        if (VOWELLESS.contains(script)) {
            String consonants = NameKeys.consonants(keys.romanizer().romanize(name));
            if (consonants.replace(" ", "").length() >= MIN_CONSONANTS) {
                ids.addAll(p.s.byConsonants.getOrDefault(consonants, Set.of()));
            }
        }
        return confirmed(p, ids, name, key, type);
    }

    /**
     * Candidates by the Latin partners of a name's last word in the name data (特朗普 → trump), looked up as
     * people's surnames and as one-word names. For Han names the only source: sound alone proposes nothing there,
     * 特朗普 reads "te lang pu".
     *
     * @param words the name's words as written (for Han, as keyed)
     */
    private Set<String> byPartners(Pass p, List<String> words) {
        Set<String> ids = new TreeSet<>();
        if (words.isEmpty() || words.get(words.size() - 1).length() < MIN_PARTNER_LETTERS) {
            return ids;
        }
        for (String surname : matcher.latinPartners(words.get(words.size() - 1))) {
            String k = keys.key(surname);
            ids.addAll(p.s.bySurname.getOrDefault(k, Set.of()));
            ids.addAll(p.s.byKey.getOrDefault(k, Set.of()));
        }
        return ids;
    }

    /** The candidates whose type fits and whose names the model calls the same as {@code name}, keyed {@code key}. */
    private Map<String, Double> confirmed(Pass p, Set<String> ids, String name, String key, EntityType type) {
        Map<String, Double> out = new java.util.TreeMap<>();
        boolean oneWord = NameKeys.words(key).size() == 1;
        for (String id : compatible(p, ids, type, Set.of(key))) {
            double best = bestTransliteration(p.s.nodes.get(id), name, oneWord);
            if (best >= NameMatcher.THRESHOLD) {
                out.put(id, best);
            }
        }
        return out;
    }

    /** Indexed keys at most one edit from {@code key}, through an index of their deletions. */
    private static Set<String> nearKeys(Map<String, Set<String>> deletions, String key) {
        Set<String> out = new TreeSet<>();
        for (String d : Strings.deletions(key)) {
            for (String k : deletions.getOrDefault(d, Set.of())) {
                if (Strings.levenshtein(key, k, 1) <= 1) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /**
     * The model's best probability that {@code name} is one of the node's names in another script (a one-word
     * name against the last word of longer ones), or 0 when it has none the model reads.
     */
    private double bestTransliteration(EntityNode n, String name, boolean oneWord) {
        Set<String> others = new LinkedHashSet<>();   // an entity's names often share their last word: compare once
        for (String known : n.names.keySet()) {
            List<String> knownWords = List.of(Strings.WHITESPACE.split(known.strip()));
            others.add(oneWord ? knownWords.get(knownWords.size() - 1) : known);
        }
        double best = 0;
        for (String other : others) {
            if (matcher.modelled(name, other)) {
                NameMatcher.Match m = matcher.compare(name, other);
                best = m.same() ? Math.max(best, m.score()) : best;
            }
        }
        return best;
    }

    private static Set<String> lookup(Map<String, Set<String>> index, Set<String> ks) {
        Set<String> out = new TreeSet<>();
        for (String k : ks) {
            out.addAll(index.getOrDefault(k, Set.of()));
        }
        return out;
    }

    /**
     * Candidates whose type fits (MISC fits anything, a null type any type) and that the user did not split this
     * name off. Gazetteer places take only location mentions: other types reach them through the gazetteer.
     */
    private static Set<String> compatible(Pass p, Set<String> ids, EntityType type, Set<String> nameKeys) {
        Set<String> out = new TreeSet<>();
        for (String raw : ids) {
            String id = p.s.rules.resolve(raw);
            EntityNode n = p.s.nodes.get(id);
            boolean fits = n != null && (n.place == null ? type == null || n.types.contains(type)
                    || n.type == EntityType.MISC || type == EntityType.MISC : type == EntityType.LOC);
            if (!fits) {
                continue;
            }
            if (nameKeys.stream().noneMatch(k -> p.s.rules.forbidden(id, k))) {
                out.add(id);
            }
        }
        return out;
    }

    /** One candidate, or the one already in this document; otherwise all of them (ambiguous). */
    private static Candidates choose(Pass p, Set<String> ids, double confidence, String reason) {
        if (ids.size() <= 1) {
            return new Candidates(ids, confidence, reason);
        }
        Set<String> here = new TreeSet<>(ids);
        here.retainAll(p.inDocument);
        if (here.size() == 1) {
            return new Candidates(here, confidence * 0.95, reason + ", the one in this document");
        }
        return new Candidates(ids, 0, reason);
    }

    private void create(Pass p, int i) {
        Mention m = p.obs.mentions().get(i);
        String name = p.forms[i].name();
        String ruled = ruleTarget(p, name);
        if (ruled != null) {
            attach(p, i, p.s.nodes.get(ruled), name, 1.0, "user decision");
            return;
        }
        String id = unique(p.s, m.type().name().toLowerCase(Locale.ROOT) + ":" + slug(keys.key(name, p.conv)));
        String target = p.s.rules.resolve(id);
        EntityNode n = p.s.nodes.get(target);
        if (n == null) {
            n = newNode(p.s, target, m.type());
        }
        attach(p, i, n, name, NEW * m.provenance().confidence(),
                target.equals(id) ? "new entity" : "merged by user decision into " + target);
    }

    private static String unique(State s, String base) {
        String id = base;
        for (int k = 2; s.nodes.containsKey(id); k++) {
            id = base + "~" + k;
        }
        return id;
    }

    /** An id-safe form of a key: words joined by '-', at most {@value #MAX_ID_LENGTH} characters. */
    static String slug(String key) {
        String s = key.strip().replace(' ', '-');
        return s.length() > MAX_ID_LENGTH ? s.substring(0, MAX_ID_LENGTH) : s;
    }

    private static EntityNode newNode(State s, String id, EntityType type) {
        EntityNode n = new EntityNode(id, type);
        s.nodes.put(id, n);
        return n;
    }

    /** Links mention {@code i} to node {@code n} under the cleaned {@code name}, and indexes the name. */
    private void attach(Pass p, int i, EntityNode n, String name, double confidence, String reason) {
        record(p, i, n, name, confidence, reason);
        index(p.s, n, name, p.obs.mentions().get(i).type(), p.conv);
    }

    /** Links mention {@code i} to node {@code n} without indexing the name (road numbers are no name keys). */
    private void record(Pass p, int i, EntityNode n, String name, double confidence, String reason) {
        Mention m = p.obs.mentions().get(i);
        String lang = p.obs.language();
        n.mentions.add(m);
        n.types.add(m.type());
        n.designated |= !name.equals(p.conv.withoutDesignators(name));
        n.countType(m.type());
        n.surfaces.computeIfAbsent(m.text(), k -> new EntityNode.Seen()).add(lang, m.document());
        n.names.computeIfAbsent(name, k -> new EntityNode.Seen()).add(lang, m.document());
        n.seen(p.obs.seen());
        p.inDocument.add(n.id);
        p.out[i] = new Resolution(m, n.id, Math.max(0, Math.min(1, confidence)), reason);
    }

    private void index(State s, EntityNode n, String name, EntityType type, NameConventions conv) {
        if (matcher != null && Script.of(name) == Script.LATIN) {
            indexConsonants(s, n, name, type);
        }
        for (String k : nameKeys(name, type, conv)) {
            if (n.keys.add(k)) {
                s.byKey.computeIfAbsent(k, x -> new TreeSet<>()).add(n.id);
                for (String d : Strings.deletions(k)) {
                    s.byDeletion.computeIfAbsent(d, x -> new TreeSet<>()).add(k);
                }
            }
            List<String> words = NameKeys.words(k);
            if (words.size() >= 2 && (n.type == EntityType.PER || n.type == EntityType.MISC)) {
                String last = words.get(words.size() - 1);
                if (n.surnameKeys.add(last)) {
                    s.bySurname.computeIfAbsent(last, x -> new TreeSet<>()).add(n.id);
                    for (String d : Strings.deletions(last)) {
                        s.bySurnameDeletion.computeIfAbsent(d, x -> new TreeSet<>()).add(last);
                    }
                }
                n.firstKeys.add(words.get(0));
            }
        }
    }

    /** Indexes a Latin name, and a person's surname, by consonants for names from scripts without vowels. */
    private void indexConsonants(State s, EntityNode n, String name, EntityType type) {
        String consonants = NameKeys.consonants(keys.romanizer().romanize(name));
        s.byConsonants.computeIfAbsent(consonants, x -> new TreeSet<>()).add(n.id);
        List<String> words = NameKeys.words(consonants);
        if (words.size() >= 2 && (type == EntityType.PER || type == EntityType.MISC)) {
            s.byConsonants.computeIfAbsent(words.get(words.size() - 1), x -> new TreeSet<>()).add(n.id);
        }
    }

    /** The ids currently in the registry, for tests and diagnostics. */
    Collection<String> ids() {
        lock.readLock().lock();
        try {
            return List.copyOf(state.nodes.keySet());
        } finally {
            lock.readLock().unlock();
        }
    }
}
