package io.parallax.acceptance;

import com.fasterxml.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * Scores an {@code analyze} result against an analyst's {@code expected.json} (the seed format): every item of
 * every kind is one check, met or not. The checks read the published JSON schema only, so they test what outside
 * tools see. Nothing here knows the seed texts: it interprets whatever expectations the file holds.
 */
final class SeedExpectations {

    /** One expectation and whether the analysis meets it. */
    record Item(String kind, String description, boolean met) {
    }

    private final JsonNode expected;
    private final JsonNode actual;
    private final Map<String, Set<String>> variantsByCanonical = new HashMap<>();
    private final List<Item> items = new ArrayList<>();

    SeedExpectations(JsonNode expected, JsonNode actual) {
        this.expected = expected;
        this.actual = actual;
        for (String section : List.of("entities_linked_across_documents", "entities_only_in_english",
                "entities_only_in_swedish")) {
            expected.path(section).forEach(e -> variantsByCanonical.put(e.get("canonical").asText(), variants(e)));
        }
    }

    List<Item> score() {
        documents();
        sameEvent();
        expected.path("entities_linked_across_documents").forEach(this::linked);
        String[] docs = documentIds();
        expected.path("entities_only_in_english").forEach(e -> presentIn(e, docOfLanguage("en")));
        expected.path("entities_only_in_swedish").forEach(e -> presentIn(e, docOfLanguage("sv")));
        expected.path("must_not_merge").forEach(this::notMerged);
        expected.path("quotations").forEach(this::quotation);
        expected.path("claims_across_languages").forEach(c -> claim(c, docs));
        return items;
    }

    private void add(String kind, String description, boolean met) {
        items.add(new Item(kind, description, met));
    }

    // ---- documents

    private void documents() {
        expected.path("documents").fields().forEachRemaining(f -> {
            String id = f.getKey();
            JsonNode want = f.getValue();
            JsonNode doc = find(actual.path("documents"), d -> d.path("id").asText().equals(id));
            add("language", id + " is " + want.path("language").asText(),
                    doc != null && doc.path("language").asText().equals(want.path("language").asText()));
            add("author", id + " by " + want.path("author").asText(), doc != null
                    && StreamSupport.stream(doc.path("authors").spliterator(), false)
                    .anyMatch(a -> a.asText().equals(want.path("author").asText())));
            String outlet = want.path("outlet").isNull() ? null : want.path("outlet").asText();
            add("outlet", id + " outlet " + outlet, doc != null && (outlet == null
                    ? doc.path("outlet").isNull() || doc.path("outlet").isMissingNode()
                    : outlet.equals(doc.path("outlet").asText())));
            want.path("dates_in_text").forEach(d -> date(id, d.asText()));
        });
    }

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}+)\\W*\\((\\d{4})\\)");

    /** A date expectation: an ISO date, a quoted phrase, a "Month (year)", or a combination of them. */
    private void date(String doc, String spec) {
        Matcher iso = ISO.matcher(spec);
        Matcher quoted = QUOTED.matcher(spec);
        Matcher monthYear = MONTH_YEAR.matcher(spec);
        String value = iso.find() ? iso.group() : monthYear.find() ? monthValue(monthYear) : null;
        String phrase = quoted.find() ? quoted.group(1) : null;
        boolean met = StreamSupport.stream(actual.path("timeline").spliterator(), false)
                .filter(t -> t.path("doc").asText().equals(doc))
                .anyMatch(t -> (value == null || t.path("date").asText().equals(value))
                        && (phrase == null || overlapsPhrase(t.path("expression").asText(), phrase)));
        add("date", doc + ": " + spec, met);
    }

    private static String monthValue(Matcher m) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(m.group(1).replaceAll("^mid-?", ""))) {
                return m.group(2) + "-" + String.format("%02d", month.getValue());
            }
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (word.endsWith(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))) {
                return m.group(2) + "-" + String.format("%02d", month.getValue());
            }
        }
        return null;
    }

    private static boolean overlapsPhrase(String expression, String phrase) {
        String e = fold(expression);
        String p = fold(phrase);
        return !e.isEmpty() && (e.contains(p) || p.contains(e));
    }

    // ---- events

    private void sameEvent() {
        JsonNode same = expected.path("same_event");
        if (same.isMissingNode()) {
            return;
        }
        Set<String> docs = new LinkedHashSet<>();
        same.path("documents").forEach(d -> docs.add(d.asText()));
        JsonNode event = find(actual.path("events"), e -> {
            Set<String> members = new LinkedHashSet<>();
            e.path("documents").forEach(d -> members.add(d.asText()));
            return members.containsAll(docs);
        });
        add("same event", String.join(" + ", docs) + " form one event", event != null);
        add("event date", "the event is dated " + same.path("date").asText(),
                event != null && event.path("date").asText().equals(same.path("date").asText()));
    }

    // ---- entities

    private void linked(JsonNode want) {
        Set<String> variants = variants(want);
        String type = want.path("type").asText();
        String[] docs = documentIds();
        JsonNode entity = find(actual.path("entities"), e -> e.path("type").asText().equals(type)
                && java.util.Arrays.stream(docs).allMatch(d -> hasMention(e, d, variants)));
        add("linked entity", want.path("canonical").asText() + " (" + type + ") linked across documents", entity != null);
    }

    private void presentIn(JsonNode want, String doc) {
        Set<String> variants = variants(want);
        String type = want.path("type").asText();
        JsonNode entity = find(actual.path("entities"), e -> e.path("type").asText().equals(type)
                && hasMention(e, doc, variants));
        add("entity", want.path("canonical").asText() + " (" + type + ") in " + doc, entity != null);
    }

    private void notMerged(JsonNode pair) {
        Set<String> a = variantsByCanonical.getOrDefault(pair.get(0).asText(), Set.of(fold(pair.get(0).asText())));
        Set<String> b = variantsByCanonical.getOrDefault(pair.get(1).asText(), Set.of(fold(pair.get(1).asText())));
        JsonNode merged = find(actual.path("entities"), e -> hasMentionAnywhere(e, a) && hasMentionAnywhere(e, b));
        add("not merged", pair.get(0).asText() + " and " + pair.get(1).asText() + " stay apart", merged == null);
    }

    private Set<String> variants(JsonNode want) {
        Set<String> out = new LinkedHashSet<>();
        out.add(fold(want.path("canonical").asText()));
        want.path("variants").forEach(v -> out.add(fold(v.asText())));
        return out;
    }

    private static boolean hasMention(JsonNode entity, String doc, Set<String> variants) {
        return StreamSupport.stream(entity.path("mentions").spliterator(), false)
                .anyMatch(m -> m.path("doc").asText().equals(doc) && variants.contains(fold(m.path("text").asText())));
    }

    private static boolean hasMentionAnywhere(JsonNode entity, Set<String> variants) {
        return StreamSupport.stream(entity.path("mentions").spliterator(), false)
                .anyMatch(m -> variants.contains(fold(m.path("text").asText())));
    }

    // ---- quotations

    private void quotation(JsonNode want) {
        String doc = want.path("document").asText();
        Set<String> speaker = variantsByCanonical.getOrDefault(want.path("speaker").asText(),
                Set.of(fold(want.path("speaker").asText())));
        Set<String> speakerEntities = new LinkedHashSet<>();
        actual.path("entities").forEach(e -> {
            if (hasMentionAnywhere(e, speaker)) {
                speakerEntities.add(e.path("id").asText());
            }
        });
        String starts = want.path("text_starts").asText(null);
        String gist = want.path("gist").asText(null);
        JsonNode quote = find(actual.path("quotes"), q -> q.path("doc").asText().equals(doc)
                && q.path("kind").asText().equals(want.path("kind").asText())
                && speakerEntities.contains(q.path("speaker").asText())
                && (starts == null || fold(q.path("text").asText()).startsWith(fold(starts)))
                && (gist == null || sharesWords(q.path("text").asText(), gist, 0.6)));
        add("quotation", want.path("speaker").asText() + " (" + want.path("kind").asText() + ") in " + doc, quote != null);
    }

    // ---- claims

    private void claim(JsonNode want, String[] docs) {
        String relation = want.path("relation").asText();
        String en = want.path("en").asText();
        String sv = want.path("sv").asText();
        JsonNode claim = find(actual.path("claims"), c -> c.path("relation").asText().equals(relation)
                && hasStatement(c, docOfLanguage("en"), en) && hasStatement(c, docOfLanguage("sv"), sv));
        add("claim", relation + ": " + en + " / " + sv, claim != null);
    }

    /** A statement of the document that carries one of the expectation's fragments (split at "/" and "..."). */
    private static boolean hasStatement(JsonNode claim, String doc, String spec) {
        List<String> fragments = new ArrayList<>();
        for (String f : spec.split("/|\\.\\.\\.|…")) {
            if (contentWords(f).size() >= 2) {
                fragments.add(f);
            }
        }
        if (fragments.isEmpty()) {
            fragments.add(spec);
        }
        return StreamSupport.stream(claim.path("statements").spliterator(), false)
                .filter(s -> s.path("doc").asText().equals(doc))
                .anyMatch(s -> fragments.stream().anyMatch(f -> sharesWords(s.path("text").asText(), f, 0.6)));
    }

    /** True when at least {@code share} of the content words of {@code wanted} occur in {@code text}. */
    static boolean sharesWords(String text, String wanted, double share) {
        Set<String> want = contentWords(wanted);
        Set<String> have = contentWords(text);
        if (want.isEmpty()) {
            return false;
        }
        long found = want.stream().filter(have::contains).count();
        return found >= Math.ceil(share * want.size());
    }

    private static Set<String> contentWords(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : fold(s).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                out.add(w);
            }
        }
        return out;
    }

    // ---- helpers

    private String[] documentIds() {
        List<String> ids = new ArrayList<>();
        expected.path("documents").fieldNames().forEachRemaining(ids::add);
        return ids.toArray(String[]::new);
    }

    private String docOfLanguage(String language) {
        List<String> ids = new ArrayList<>();
        expected.path("documents").fields().forEachRemaining(f -> {
            if (f.getValue().path("language").asText().equals(language)) {
                ids.add(f.getKey());
            }
        });
        return ids.isEmpty() ? "" : ids.getFirst();
    }

    private static JsonNode find(JsonNode array, Predicate<JsonNode> test) {
        for (JsonNode n : array) {
            if (test.test(n)) {
                return n;
            }
        }
        return null;
    }

    /** Lower case, accents kept apart from letters removed, possessive endings and a leading article dropped. */
    static String fold(String s) {
        String f = Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('\u2019', '\'');
        return f.replaceAll("^the ", "").replaceAll("'s$", "");
    }
}
