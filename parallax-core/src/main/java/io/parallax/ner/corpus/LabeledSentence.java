package io.parallax.ner.corpus;

import io.parallax.model.EntityType;
import io.parallax.ner.NameSpan;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a labelled corpus: its tokens and gold names, plus the input lines it came from (so that a
 * tagger can echo them).
 *
 * @param tokens the tokens
 * @param names  gold names, non-overlapping, in order (empty for unlabelled input)
 */
public record LabeledSentence(List<String> tokens, List<NameSpan> names) {

    public LabeledSentence {
        tokens = List.copyOf(tokens);
        names = List.copyOf(names);
        for (NameSpan n : names) {
            if (n.end() > tokens.size()) {
                throw new IllegalArgumentException("name " + n + " beyond the " + tokens.size() + " tokens");
            }
        }
    }

    public String[] tokenArray() {
        return tokens.toArray(String[]::new);
    }

    public int size() {
        return tokens.size();
    }

    /** The names as IOB2 tags ({@code B-PER}, {@code I-PER}, {@code O}), one per token. */
    public String[] iob2() {
        return EntityTags.toIob2(names, tokens.size());
    }

    /** Builds a sentence from tokens and tags in any scheme {@link EntityTags#spans} accepts. */
    public static LabeledSentence fromTags(List<String> tokens, List<String> tags) {
        Objects.requireNonNull(tags, "tags");
        return new LabeledSentence(tokens, EntityTags.spans(tags));
    }

    /** The same sentence with other names. */
    public LabeledSentence withNames(List<NameSpan> newNames) {
        return new LabeledSentence(tokens, newNames);
    }

    /** The tokens of one name, joined by spaces. */
    public String text(NameSpan name) {
        return String.join(" ", tokens.subList(name.start(), name.end()));
    }

    /** Entity type of each token, or {@code null} outside names. */
    public EntityType[] typeOfTokens() {
        EntityType[] out = new EntityType[tokens.size()];
        for (NameSpan n : names) {
            for (int i = n.start(); i < n.end(); i++) {
                out[i] = n.type();
            }
        }
        return out;
    }
}
