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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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

        public static Config defaults() {
            return new Config(0.34, 0.6, 0.4, 0.15, 4.0, 5);
        }
    }

    private final Config config;

    public StatementAligner(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** A statement with what alignment compares: entity ids and content words. */
    private record Item(String doc, Statement statement, Set<String> entities, Set<String> words) {
    }

    private record Pair(Item a, Item b, double score, String reason, boolean conflict) {
    }

    @Override
    public List<Claim> align(Event event, List<AnalyzedDocument> documents, Map<String, List<Resolution>> resolutions,
                             Function<String, Set<String>> keys) {
        List<Item> items = items(documents, resolutions, keys);
        Map<String, Double> idf = idf(items);
        List<Claim> claims = new ArrayList<>();
        Set<Item> aligned = new HashSet<>();
        for (Pair p : bestPairs(items, idf)) {
            aligned.add(p.a());
            aligned.add(p.b());
            claims.add(new Claim(event.id(), p.conflict() ? ClaimRelation.DIFFER : ClaimRelation.AGREE,
                    List.of(p.a().statement(), p.b().statement()), Math.min(1.0, p.score()), p.reason()));
        }
        claims.addAll(onlyInOneSource(event, items, aligned, idf));
        return claims;
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

    /** Rare entities say more: one mentioned in every statement of the event says almost nothing. */
    private static Map<String, Double> idf(List<Item> items) {
        Map<String, Integer> df = new HashMap<>();
        items.forEach(i -> i.entities().forEach(e -> df.merge(e, 1, Integer::sum)));
        Map<String, Double> idf = new HashMap<>();
        df.forEach((e, n) -> idf.put(e, Math.log(1.0 + (double) items.size() / n)));
        return idf;
    }

    /** Pairs across documents, best first, each statement used at most once per other document. */
    private List<Pair> bestPairs(List<Item> items, Map<String, Double> idf) {
        List<Pair> candidates = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                if (!items.get(i).doc().equals(items.get(j).doc())) {
                    Pair p = score(items.get(i), items.get(j), idf);
                    if (p.score() >= config.threshold()) {
                        candidates.add(p);
                    }
                }
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
        return new Pair(a, b, shared.isEmpty() ? score / 2 : score, reason(shared, cognates, q, polarity), conflict);
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

    private static String reason(Set<String> shared, List<String> cognates, QuantityMatch q, boolean polarity) {
        List<String> parts = new ArrayList<>();
        if (!shared.isEmpty()) {
            parts.add("shared entities " + String.join(", ", shared));
        }
        if (!cognates.isEmpty()) {
            parts.add("shared words " + String.join(", ", cognates));
        }
        if (q.comparable()) {
            parts.add((q.conflict() ? "conflicting figures " : "same figures ") + q.detail());
        }
        if (polarity) {
            parts.add("one is negated");
        }
        return String.join("; ", parts);
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
