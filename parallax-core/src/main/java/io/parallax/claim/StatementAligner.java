package io.parallax.claim;

import io.parallax.link.Resolution;
import io.parallax.model.AnalyzedDocument;
import io.parallax.model.Claim;
import io.parallax.model.ClaimRelation;
import io.parallax.model.Event;
import io.parallax.model.Mention;
import io.parallax.model.Statement;
import io.parallax.model.Statement.Quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Aligns the statements of an event's sources without machine translation: two statements from different documents
 * are about the same thing when they share linked entities (weighted by how rare each entity is in the event),
 * cognate words and comparable quantities. Aligned statements agree, or differ when their quantities or polarity
 * conflict; fact-like statements that nothing aligns with are reported as only in their source.
 * Stateless and thread-safe.
 */
public final class StatementAligner implements ClaimAligner {

    /** Typed settings, with the defaults tuned on our own sample corpus. */
    /**
     * @param threshold          smallest score of an aligned pair
     * @param entityWeight       weight of shared entities in the score
     * @param wordWeight         weight of shared (cognate) words
     * @param quantityBonus      added when the two statements state comparable figures
     * @param entityEvidence     summed rarity (idf) of shared entities that counts as full evidence; one entity
     *                           that half the statements mention is far below it
     * @param maxOnlyPerDocument most "only in this source" claims reported per document
     */
    public record Config(double threshold, double entityWeight, double wordWeight, double quantityBonus,
                         double entityEvidence, int maxOnlyPerDocument) {

        public Config {
            if ((wordWeight + quantityBonus) / 2 >= threshold) {
                throw new IllegalArgumentException("statements without a shared entity could reach the threshold "
                        + threshold + "; alignment only scores pairs that share one: raise the threshold above "
                        + (wordWeight + quantityBonus) / 2);
            }
        }

        public static Config defaults() {
            return new Config(0.34, 0.6, 0.4, 0.15, 4.0, 5);
        }
    }

    static final int MIN_STATEMENTS = 20;

    private final Config config;

    public StatementAligner(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** A statement with what alignment compares: entity ids and content words. */
    private record Item(String doc, Statement statement, Set<String> entities, Set<String> words) {
    }

    /** Two aligned statements, with the evidence that aligns them. */
    private record Pair(Item a, Item b, double score, Evidence evidence, boolean conflict) {
    }

    /** Why two statements align: shared entities, cognate words, compared figures, opposite polarity. */
    private record Evidence(Set<String> entities, List<String> words, List<String> figures, boolean polarity) {

        Evidence merge(Evidence o) {
            Set<String> e = new LinkedHashSet<>(entities);
            e.addAll(o.entities);
            List<String> w = new ArrayList<>(words);
            o.words.stream().filter(x -> !w.contains(x)).forEach(w::add);
            List<String> f = new ArrayList<>(figures);
            o.figures.stream().filter(x -> !f.contains(x)).forEach(f::add);
            return new Evidence(e, w, f, polarity || o.polarity);
        }

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            if (!entities.isEmpty()) {
                parts.add("shared entities " + String.join(", ", entities));
            }
            if (!words.isEmpty()) {
                parts.add("shared words " + String.join(", ", words));
            }
            figures.forEach(parts::add);
            if (polarity) {
                parts.add("one is negated");
            }
            return String.join("; ", parts);
        }
    }

    @Override
    public List<Claim> align(Event event, List<AnalyzedDocument> documents, Map<String, List<Resolution>> resolutions,
                             Function<String, Set<String>> keys) {
        List<Item> items = items(documents, resolutions, keys);
        Map<String, Double> idf = idf(items);
        List<Pair> pairs = bestPairs(items, idf);
        List<Claim> claims = new ArrayList<>();
        Set<Item> aligned = new HashSet<>();
        for (List<Pair> group : groups(pairs)) {
            group.forEach(p -> {
                aligned.add(p.a());
                aligned.add(p.b());
            });
            claims.add(claim(event, group));
        }
        claims.addAll(onlyInOneSource(event, items, aligned, idf));
        return claims;
    }

    /**
     * Aligned pairs joined into claims: when three sources report one fact, that is one claim with three statements,
     * not three pairs. Groups are the connected components of the pairs, strongest first.
     */
    private static List<List<Pair>> groups(List<Pair> pairs) {
        Map<Item, Item> parent = new HashMap<>();
        for (Pair p : pairs) {
            parent.put(root(parent, p.a()), root(parent, p.b()));
        }
        Map<Item, List<Pair>> byRoot = new LinkedHashMap<>();
        for (Pair p : pairs) {
            byRoot.computeIfAbsent(root(parent, p.a()), r -> new ArrayList<>()).add(p);
        }
        return new ArrayList<>(byRoot.values());
    }

    private static Item root(Map<Item, Item> parent, Item i) {
        Item r = i;
        while (parent.containsKey(r) && parent.get(r) != r) {
            r = parent.get(r);
        }
        return r;
    }

    /** One claim from a group of aligned pairs: a conflict anywhere makes it a difference. */
    private static Claim claim(Event event, List<Pair> group) {
        List<Statement> statements = group.stream().flatMap(p -> Stream.of(p.a(), p.b()))
                .distinct().sorted(Comparator.comparing(Item::doc).thenComparingInt(i -> i.statement().provenance().start()))
                .map(Item::statement).toList();
        boolean conflict = group.stream().anyMatch(Pair::conflict);
        double confidence = Math.min(1.0, group.stream().mapToDouble(Pair::score).average().orElse(0));
        String reason = group.stream().map(Pair::evidence).reduce(Evidence::merge).map(Evidence::toString).orElse("");
        return new Claim(event.id(), conflict ? ClaimRelation.DIFFER : ClaimRelation.AGREE, statements, confidence, reason);
    }

    private static List<Item> items(List<AnalyzedDocument> documents, Map<String, List<Resolution>> resolutions,
                                    Function<String, Set<String>> keys) {
        List<Item> out = new ArrayList<>();
        for (AnalyzedDocument d : documents) {
            Map<Mention, String> entityOf = new HashMap<>();
            for (Resolution r : resolutions.getOrDefault(d.id(), List.of())) {
                if (r.linked()) {
                    entityOf.put(r.mention(), r.entity());
                }
            }
            for (Statement s : d.statements()) {
                Set<String> ids = s.mentions().stream().map(entityOf::get).filter(Objects::nonNull)
                        .flatMap(id -> keys.apply(id).stream())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                out.add(new Item(d.id(), s, ids, words(s)));
            }
        }
        return out;
    }

    private static Set<String> words(Statement s) {
        Set<String> out = new HashSet<>();
        for (String w : s.text().split("[^\\p{L}]+")) {
            if (w.length() >= Cognates.MIN_LENGTH && Character.isLowerCase(w.charAt(0))) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * Rare entities say more: one mentioned in every statement of the event says almost nothing. A small event is
     * treated as if it had {@value #MIN_STATEMENTS} statements, so that entities shared by its few statements still
     * count as evidence.
     */
    private static Map<String, Double> idf(List<Item> items) {
        Map<String, Integer> df = new HashMap<>();
        items.forEach(i -> i.entities().forEach(e -> df.merge(e, 1, Integer::sum)));
        double n = Math.max(items.size(), MIN_STATEMENTS);
        Map<String, Double> idf = new HashMap<>();
        df.forEach((e, count) -> idf.put(e, Math.log(1.0 + n / count)));
        return idf;
    }

    /** Pairs across documents, best first, each statement used at most once per other document. */
    private List<Pair> bestPairs(List<Item> items, Map<String, Double> idf) {
        List<Pair> candidates = new ArrayList<>();
        for (int[] ij : sharingAnEntity(items)) {
            Pair p = score(items.get(ij[0]), items.get(ij[1]), idf);
            if (p.score() >= config.threshold()) {
                candidates.add(p);
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::score).reversed());
        Set<String> used = new HashSet<>();
        List<Pair> chosen = new ArrayList<>();
        for (Pair p : candidates) {
            String ka = key(p.a()) + ">" + p.b().doc();
            String kb = key(p.b()) + ">" + p.a().doc();
            if (used.add(ka) & used.add(kb)) {
                chosen.add(p);
            }
        }
        return chosen;
    }

    /**
     * Pairs of statements from different documents that share at least one entity key: no other pair can reach
     * the threshold (without a shared entity a score is halved, and its other parts add up to less than twice the
     * threshold), so only these are scored.
     */
    private static List<int[]> sharingAnEntity(List<Item> items) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            for (String k : items.get(i).entities()) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> seen = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (List<Integer> group : byKey.values()) {
            for (int x = 0; x < group.size(); x++) {
                for (int y = x + 1; y < group.size(); y++) {
                    int i = group.get(x);
                    int j = group.get(y);
                    if (!items.get(i).doc().equals(items.get(j).doc()) && seen.add((long) i << 32 | j)) {
                        pairs.add(new int[]{i, j});
                    }
                }
            }
        }
        return pairs;
    }

    private static String key(Item i) {
        return i.doc() + "@" + i.statement().provenance().start();
    }

    private Pair score(Item a, Item b, Map<String, Double> idf) {
        Set<String> shared = new LinkedHashSet<>(a.entities());
        shared.retainAll(b.entities());
        double sharedWeight = weight(shared, idf);
        // cosine over idf-weighted entity sets: one source adding detail the other lacks costs little, while
        // sharing only an entity that half the statements mention is weak evidence
        double norm = Math.sqrt(weight(a.entities(), idf) * weight(b.entities(), idf));
        double entity = norm == 0 ? 0 : sharedWeight / norm * Math.min(1, sharedWeight / config.entityEvidence());
        List<String> cognates = cognates(a.words(), b.words());
        double word = a.words().isEmpty() || b.words().isEmpty() ? 0
                : cognates.size() / Math.sqrt((double) a.words().size() * b.words().size());
        QuantityMatch q = compareQuantities(a.statement(), b.statement());
        double score = config.entityWeight() * entity + config.wordWeight() * Math.min(1, 2 * word)
                + (q.comparable() ? config.quantityBonus() : 0);
        // opposite polarity is a contradiction only when both say the same thing otherwise
        boolean polarity = a.statement().negated() != b.statement().negated()
                && (cognates.size() >= 2 || (q.comparable() && !q.conflict()));
        boolean conflict = q.conflict() || polarity;
        List<String> figures = q.comparable()
                ? List.of((q.conflict() ? "conflicting figures " : "same figures ") + q.detail()) : List.of();
        return new Pair(a, b, shared.isEmpty() ? score / 2 : score, new Evidence(shared, cognates, figures, polarity),
                conflict);
    }

    private static double weight(Set<String> entities, Map<String, Double> idf) {
        return entities.stream().mapToDouble(e -> idf.getOrDefault(e, 1.0)).sum();
    }

    private static List<String> cognates(Set<String> a, Set<String> b) {
        List<String> out = new ArrayList<>();
        for (String x : a) {
            for (String y : b) {
                if (Cognates.related(x, y)) {
                    out.add(x.equals(y) ? x : x + "/" + y);
                    break;
                }
            }
        }
        return out;
    }

    private record QuantityMatch(boolean comparable, boolean conflict, String detail) {
    }

    /**
     * Quantities with the same unit word or cognate units ("km", "fraction") are compared: close values agree,
     * others conflict. Units in different languages rarely look alike, so an identical figure of 2 or more counts as
     * the same figure whatever the unit; different figures with unrelated units are not evidence of anything.
     */
    static QuantityMatch compareQuantities(Statement a, Statement b) {
        QuantityMatch sameValue = new QuantityMatch(false, false, "");
        for (Quantity x : a.quantities()) {
            for (Quantity y : b.quantities()) {
                boolean close = Math.abs(x.value() - y.value()) <= 0.1 * Math.max(Math.abs(x.value()), Math.abs(y.value()));
                if (sameUnit(x, y)) {
                    return new QuantityMatch(true, !close, format(x) + (close ? " = " : " vs ") + format(y));
                }
                if (x.value() == y.value() && x.value() >= 2 && !sameValue.comparable()) {
                    sameValue = new QuantityMatch(true, false, format(x) + " = " + format(y));
                }
            }
        }
        return sameValue;
    }

    private static boolean sameUnit(Quantity x, Quantity y) {
        return !x.unit().isEmpty() && (x.unit().equals(y.unit()) || Cognates.related(x.unit(), y.unit()));
    }

    private static String format(Quantity q) {
        double v = q.value();
        String n = v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
        return n + " " + q.unit();
    }

    /** Statements with rare entities or figures that no other source aligns with. */
    private List<Claim> onlyInOneSource(Event event, List<Item> items, Set<Item> aligned, Map<String, Double> idf) {
        if (items.stream().map(Item::doc).distinct().count() < 2) {
            return List.of();
        }
        Map<String, List<Item>> byDoc = items.stream().filter(i -> !aligned.contains(i))
                .filter(i -> i.entities().size() >= 2 || !i.statement().quantities().isEmpty())
                .collect(Collectors.groupingBy(Item::doc));
        List<Claim> out = new ArrayList<>();
        byDoc.values().forEach(list -> list.stream()
                .sorted(Comparator.comparingDouble((Item i) -> -weight(i.entities(), idf)))
                .limit(config.maxOnlyPerDocument())
                .forEach(i -> out.add(new Claim(event.id(), ClaimRelation.ONLY, List.of(i.statement()), 0.5,
                        "no other source aligns with it"))));
        return out;
    }
}
