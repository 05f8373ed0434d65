package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.ner.corpus.LabeledSentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Makes training variants of a sentence as other tokenisers would split it, so that the model does not depend on
 * the corpus's tokenisation: possessives attached ({@code Putin 's} → {@code Putin's}, also with a curly
 * apostrophe), hyphenated and slashed tokens split ({@code Rostov-on-Don} → {@code Rostov - on - Don} or
 * {@code Rostov- on - Don}), and, for languages with an {@code s} genitive, names put in the genitive
 * ({@code Ryssland} → {@code Rysslands}). A compound outside any name whose first part is a known single-word name
 * ({@code NHL-konflikten}) is split with the name part labelled, so that {@code Netflix - serie} teaches the
 * model to find {@code Netflix}. Not thread-safe (it owns a random generator); deterministic for a seed.
 */
final class Augmenter {

    private final Random random;
    private final double rate;
    private final boolean genitive;
    private final Map<String, EntityType> knownNames;

    /**
     * @param seed       seeds the random choices
     * @param rate       probability that each applicable change is made in a variant
     * @param genitive   whether to make genitive variants of names
     * @param knownNames lower-cased single-token names of the training data and their usual type
     */
    Augmenter(long seed, double rate, boolean genitive, Map<String, EntityType> knownNames) {
        this.random = new Random(seed);
        this.rate = rate;
        this.genitive = genitive;
        this.knownNames = Map.copyOf(knownNames);
    }

    /** A variant of the sentence, or empty when no change applies. */
    Optional<LabeledSentence> variant(LabeledSentence s) {
        Builder b = new Builder(s);
        boolean changed = false;
        for (int i = 0; i < s.size(); i++) {
            changed |= b.add(i);
        }
        return changed ? Optional.of(b.build()) : Optional.empty();
    }

    /** Builds the variant token by token, keeping the token types aligned. */
    private final class Builder {
        private final LabeledSentence source;
        private final EntityType[] types;
        private final List<String> tokens = new ArrayList<>();
        private final List<EntityType> newTypes = new ArrayList<>();
        private final List<Boolean> starts = new ArrayList<>();
        private final boolean[] nameStart;
        private final boolean[] nameEnd;

        Builder(LabeledSentence s) {
            this.source = s;
            this.types = s.typeOfTokens();
            this.nameStart = new boolean[s.size()];
            this.nameEnd = new boolean[s.size()];
            for (NameSpan n : s.names()) {
                nameStart[n.start()] = true;
                nameEnd[n.end() - 1] = true;
            }
        }

        /** Adds token i (possibly changed); true when it changed. */
        boolean add(int i) {
            String t = source.tokens().get(i);
            if (isPossessive(t) && i > 0 && !tokens.isEmpty() && chance()) {
                attachToPrevious(random.nextBoolean() ? t : t.replace('\'', '\u2019'));
                return true;
            }
            if (splittable(t) && chance()) {
                split(i, t);
                return true;
            }
            if (genitive && nameEnd[i] && types[i] != EntityType.MISC && canTakeGenitive(t) && chance()) {
                push(t + "s", types[i], nameStart[i]);
                return true;
            }
            push(t, types[i], nameStart[i]);
            return false;
        }

        private void attachToPrevious(String clitic) {
            int last = tokens.size() - 1;
            tokens.set(last, tokens.get(last) + clitic);
        }

        private void split(int i, String t) {
            List<String> parts = pieces(t, random.nextBoolean());
            EntityType type = types[i];
            EntityType headType = type == null ? knownNames.get(parts.get(0).toLowerCase(java.util.Locale.ROOT)) : null;
            for (int k = 0; k < parts.size(); k++) {
                if (type != null) {
                    push(parts.get(k), type, nameStart[i] && k == 0);
                } else {
                    push(parts.get(k), k == 0 ? headType : null, k == 0);
                }
            }
        }

        private void push(String token, EntityType type, boolean start) {
            tokens.add(token);
            newTypes.add(type);
            starts.add(start);
        }

        LabeledSentence build() {
            List<NameSpan> names = new ArrayList<>();
            int open = -1;
            for (int i = 0; i <= tokens.size(); i++) {
                EntityType t = i < tokens.size() ? newTypes.get(i) : null;
                boolean begins = t != null && (open < 0 || starts.get(i) || newTypes.get(open) != t);
                if (open >= 0 && (t == null || begins)) {
                    names.add(new NameSpan(open, i, newTypes.get(open), 1.0));
                    open = -1;
                }
                if (begins) {
                    open = i;
                }
            }
            return new LabeledSentence(tokens, names);
        }
    }

    private boolean chance() {
        return random.nextDouble() < rate;
    }

    static boolean isPossessive(String t) {
        return t.equals("'s") || t.equals("'") || t.equals("\u2019s") || t.equals("'S");
    }

    /** True for tokens like {@code Rostov-on-Don} or {@code REUTERS/Stringer}: letters on both sides of a joint. */
    static boolean splittable(String t) {
        for (int i = 1; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if ((c == '-' || c == '/') && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Splits at hyphens and slashes between letters. With {@code attach}, a hyphen stays on the word before it
     * ({@code Rostov- on - Don}), as OpenNLP's English UD tokeniser does with the first joint.
     */
    static List<String> pieces(String t, boolean attach) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if ((c == '-' || c == '/') && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1))) {
                if (attach && out.isEmpty() && c == '-') {
                    out.add(t.substring(from, i + 1));
                } else {
                    out.add(t.substring(from, i));
                    out.add(String.valueOf(c));
                }
                from = i + 1;
            }
        }
        out.add(t.substring(from));
        return out;
    }

    private static boolean canTakeGenitive(String t) {
        if (t.length() < 2 || !Character.isUpperCase(t.charAt(0))) {
            return false;
        }
        char last = Character.toLowerCase(t.charAt(t.length() - 1));
        return Character.isLetter(last) && last != 's' && last != 'x' && last != 'z';
    }
}
