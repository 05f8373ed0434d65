package io.parallax.event;

import io.parallax.link.Resolution;
import io.parallax.model.AnalyzedDocument;
import io.parallax.model.EntityType;
import io.parallax.model.Event;
import io.parallax.model.TimeExpression;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Online event clustering across languages without translation. Each document becomes a vector of the canonical
 * entities it mentions (linked across languages by the registry), weighted by type, frequency and rarity in the
 * corpus; it joins the event whose centroid is most similar, when similar enough and close enough in time, and
 * otherwise starts a new event. Each placement takes time linear in the number of events.
 *
 * <p>Corpus state: not thread-safe; one writer calls {@link #assign}. Ids are derived from the first document, so
 * replaying the same documents in the same order rebuilds the same events.
 */
public final class EntityEventClusterer implements EventClusterer {

    /** Typed settings. */
    /**
     * @param threshold    smallest similarity for a document to join an event
     * @param evidence     summed weight of shared entities that counts as full evidence
     * @param maxDaysApart a document dated further than this from every member starts a new event
     */
    public record Config(double threshold, double evidence, int maxDaysApart) {

        public static Config defaults() {
            return new Config(0.15, 3.0, 10);
        }
    }

    private static final double LEAD_BONUS = 1.5;

    private final Config config;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, Cluster> clusters = new LinkedHashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private int documents;

    public EntityEventClusterer(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The mutable state of one event. */
    private static final class Cluster {
        final String id;
        final List<String> members = new ArrayList<>();
        final Map<String, Double> centroid = new HashMap<>();
        final List<LocalDate> dates = new ArrayList<>();
        final Map<LocalDate, Integer> mentionedDays = new HashMap<>();
        String title;
        double lastSimilarity = 1.0;

        Cluster(String id) {
            this.id = id;
        }
    }

    @Override
    public String assign(AnalyzedDocument document, List<Resolution> resolutions) {
        Map<String, Double> vector = vector(document, resolutions);
        documents++;
        vector.keySet().forEach(e -> documentFrequency.merge(e, 1, Integer::sum));
        Optional<LocalDate> date = mainDate(document);
        Cluster best = null;
        double bestScore = 0;
        for (Cluster c : clusters.values()) {
            double s = similarity(vector, c);
            if (s > bestScore && closeInTime(date, c)) {
                best = c;
                bestScore = s;
            }
        }
        if (best == null || bestScore < config.threshold()) {
            best = new Cluster("ev-" + Integer.toHexString(document.id().hashCode() & 0x7fffffff));
            while (clusters.containsKey(best.id)) {
                best = new Cluster(best.id + "x");
            }
            clusters.put(best.id, best);
            bestScore = 1.0;
        }
        add(best, document, vector, date, bestScore);
        return best.id;
    }

    private void add(Cluster c, AnalyzedDocument d, Map<String, Double> vector, Optional<LocalDate> date, double score) {
        c.members.add(d.id());
        vector.forEach((k, v) -> c.centroid.merge(k, v, Double::sum));
        date.ifPresent(c.dates::add);
        daysReported(d).forEach(day -> c.mentionedDays.merge(day, 1, Integer::sum));
        c.lastSimilarity = c.members.size() == 1 ? 1.0 : Math.min(c.lastSimilarity, score);
        if (c.title == null && d.document().title() != null && !d.document().title().isBlank()) {
            c.title = d.document().title();
        }
    }

    /**
     * How salient each entity is in a document: log frequency, times a type weight (countries say less than people),
     * times a bonus for the lead paragraph. Names in the trailer (the author, an affiliation) say who wrote the
     * piece, not what happened, and are left out.
     */
    private Map<String, Double> vector(AnalyzedDocument document, List<Resolution> resolutions) {
        int bodyEnd = document.document().bodyEnd();
        int leadEnd = document.document().paragraphs().isEmpty() ? 0 : document.document().paragraphs().getFirst().end();
        Map<String, Double> counts = new HashMap<>();
        for (Resolution r : resolutions) {
            if (r.linked() && r.mention().start() < bodyEnd) {
                double lead = r.mention().start() < leadEnd ? LEAD_BONUS : 1.0;
                counts.merge(r.entity(), typeWeight(r.mention().type()) * lead, Double::sum);
                names.putIfAbsent(r.entity(), r.mention().text());
            }
        }
        Map<String, Double> v = new HashMap<>();
        counts.forEach((k, c) -> v.put(k, c < 1 ? c : 1 + Math.log(c)));
        return v;
    }

    private static double typeWeight(EntityType t) {
        return switch (t) {
            case PER, ORG -> 1.0;
            case MISC -> 0.6;
            case LOC -> 0.5;
        };
    }

    private double idf(String entity) {
        return Math.log((documents + 1.0) / (documentFrequency.getOrDefault(entity, 0) + 1.0)) + 1.0;
    }

    /**
     * Weighted overlap of a document with an event's average document, relative to the less detailed of the two,
     * so that one source's incidental detail does not hide what both report; scaled down until the shared entities
     * add up to {@link Config#evidence()}, so that one shared name alone does not make an event.
     */
    private double similarity(Map<String, Double> doc, Cluster c) {
        double n = c.members.size();
        double shared = 0;
        double docWeight = 0;
        for (Map.Entry<String, Double> e : doc.entrySet()) {
            double idf = idf(e.getKey());
            docWeight += e.getValue() * idf;
            Double inEvent = c.centroid.get(e.getKey());
            if (inEvent != null) {
                shared += Math.min(e.getValue(), inEvent / n) * idf;
            }
        }
        double eventWeight = 0;
        for (Map.Entry<String, Double> e : c.centroid.entrySet()) {
            eventWeight += e.getValue() / n * idf(e.getKey());
        }
        double smaller = Math.min(docWeight, eventWeight);
        return smaller == 0 ? 0 : shared / smaller * Math.min(1, shared / config.evidence());
    }

    private boolean closeInTime(Optional<LocalDate> date, Cluster c) {
        if (date.isEmpty() || c.dates.isEmpty()) {
            return true;
        }
        return c.dates.stream().anyMatch(d -> Math.abs(ChronoUnit.DAYS.between(d, date.get())) <= config.maxDaysApart());
    }

    /** The publication date, else the most frequent day the document mentions. */
    static Optional<LocalDate> mainDate(AnalyzedDocument d) {
        if (d.document().published() != null) {
            return Optional.of(d.document().published());
        }
        return mostFrequentDay(d.times());
    }

    /**
     * The days a document says things happened: resolved day dates, within a month before its publication (older
     * dates are background, not the news), or all of them when it is undated.
     */
    static List<LocalDate> daysReported(AnalyzedDocument d) {
        LocalDate published = d.document().published();
        return d.times().stream().map(TimeExpression::date).filter(java.util.Objects::nonNull)
                .filter(day -> published == null
                        || (!day.isAfter(published.plusDays(1)) && !day.isBefore(published.minusDays(30))))
                .toList();
    }

    static Optional<LocalDate> mostFrequentDay(List<TimeExpression> times) {
        Map<LocalDate, Integer> counts = new LinkedHashMap<>();
        for (TimeExpression t : times) {
            LocalDate day = t.date();
            if (day != null) {
                counts.merge(day, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    @Override
    public List<Event> events() {
        return clusters.values().stream().map(this::event)
                .sorted(Comparator.comparing((Event e) -> e.date() == null ? LocalDate.MIN : e.date()).reversed())
                .toList();
    }

    private Event event(Cluster c) {
        List<String> keywords = c.centroid.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue() * idf(e.getKey())))
                .limit(5).map(Map.Entry::getKey).toList();
        String title = c.title != null ? c.title
                : keywords.stream().limit(3).map(k -> names.getOrDefault(k, k)).reduce((a, b) -> a + ", " + b).orElse(c.id);
        LocalDate date = c.mentionedDays.entrySet().stream()
                .max(Map.Entry.<LocalDate, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(c.dates.stream().min(Comparator.naturalOrder()).orElse(null));
        return new Event(c.id, title, date, c.members, c.lastSimilarity, keywords);
    }
}
