package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.ner.corpus.LabeledDocument;
import io.parallax.ner.corpus.LabeledSentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small synthetic news corpus for training tiny models in tests: sentences from a few templates whose slots are
 * filled with names from disjoint pools, so that a model must learn from context and shape, not memorise.
 */
final class NerFixtures {

    static final List<String> FIRST = List.of("Anna", "Boris", "Carla", "Dmitri", "Elif", "Farid", "Greta", "Hugo",
            "Ines", "Jonas", "Kofi", "Lena", "Marek", "Nadia", "Oskar", "Pavel", "Rosa", "Sven", "Tarek", "Uma");
    static final List<String> LAST = List.of("Berg", "Costa", "Dahl", "Egorov", "Fischer", "Garcia", "Holm", "Ivanov",
            "Jansen", "Kowalski", "Lund", "Moreau", "Novak", "Olsen", "Petrov", "Quist", "Rossi", "Sato");
    static final List<String> PLACES = List.of("Lisbon", "Tallinn", "Oslo", "Krakow", "Porto", "Gdansk", "Bergen",
            "Turku", "Riga", "Vilnius", "Ghent", "Lyon", "Graz", "Split", "Bari", "Malmo");
    static final List<String> COMPANIES = List.of("Acme", "Borealis", "Cobalt", "Dynamo", "Everest", "Fjord",
            "Granite", "Helix", "Ion", "Juniper", "Kestrel", "Lumen");

    private NerFixtures() {
    }

    /** Documents built from the first or second half of each name pool (disjoint), seeded. */
    static List<LabeledDocument> documents(int count, boolean firstHalf, long seed) {
        Random r = new Random(seed);
        List<LabeledDocument> docs = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            List<LabeledSentence> sentences = new ArrayList<>();
            for (int s = 0; s < 6; s++) {
                sentences.add(sentence(r, firstHalf));
            }
            docs.add(new LabeledDocument("doc" + d, sentences));
        }
        return docs;
    }

    private static LabeledSentence sentence(Random r, boolean firstHalf) {
        Builder b = new Builder();
        String person = pick(FIRST, r, firstHalf);
        String surname = pick(LAST, r, firstHalf);
        String place = pick(PLACES, r, firstHalf);
        String company = pick(COMPANIES, r, firstHalf);
        switch (r.nextInt(4)) {
            case 0 -> b.name(EntityType.PER, person, surname)
                    .words("said", "on", "Monday", "that", "prices", "rose", ".");
            case 1 -> b.words("Shares", "of").name(EntityType.ORG, company, "Corp").words("fell", "in")
                    .name(EntityType.LOC, place).words(".");
            case 2 -> b.words("The", "mayor", "of").name(EntityType.LOC, place).words(",").name(EntityType.PER, person,
                    surname).words(",", "met", "officials", "from").name(EntityType.ORG, company, "Group").words(".");
            default -> b.words("Police", "in").name(EntityType.LOC, place).words("arrested", "a", "man", "on",
                    "Tuesday", ".");
        }
        return b.build();
    }

    private static String pick(List<String> pool, Random r, boolean firstHalf) {
        int half = pool.size() / 2;
        return pool.get((firstHalf ? 0 : half) + r.nextInt(half));
    }

    /** Builds a labelled sentence from plain words and names. */
    static final class Builder {
        private final List<String> tokens = new ArrayList<>();
        private final List<NameSpan> names = new ArrayList<>();

        Builder words(String... words) {
            tokens.addAll(List.of(words));
            return this;
        }

        Builder name(EntityType type, String... words) {
            names.add(new NameSpan(tokens.size(), tokens.size() + words.length, type, 1.0));
            return words(words);
        }

        LabeledSentence build() {
            return new LabeledSentence(tokens, names);
        }
    }

    /** The label with the largest weight in row {@code row} of {@code [row * COUNT + label]} weights. */
    static int argmax(float[] w, int row) {
        int best = 0;
        for (int k = 1; k < Labels.COUNT; k++) {
            best = w[row * Labels.COUNT + k] > w[row * Labels.COUNT + best] ? k : best;
        }
        return best;
    }

    /** A quick trainer configuration for tests. */
    static NerTrainingConfig config(boolean documentStage) {
        return new NerTrainingConfig("en", 6, false, 1, 0.2, documentStage, 2, 0.3, false, 7L, 1,
                NerTrainingConfig.Method.PERCEPTRON, NerTrainingConfig.DEFAULT_RATE);
    }
}
