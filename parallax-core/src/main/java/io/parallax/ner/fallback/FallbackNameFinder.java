package io.parallax.ner.fallback;

import io.parallax.model.EntityType;
import io.parallax.ner.NameFinder;
import io.parallax.ner.NameSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds names without a trained model, from evidence that needs no labelled data in the language (see the
 * {@link io.parallax.ner.fallback package}). A document is read in two passes. The first applies the strong rules
 * to each sentence (gazetteer places, people after titles and given names, organisations around head words and
 * legal forms, acronyms, quoted titles) and keeps the best non-overlapping names. The second adds what the
 * document as a whole shows (names found in full elsewhere, acronyms defined elsewhere) and, for words no rule
 * explained, bare capitalisation; then chooses again.
 *
 * <p>Every name carries the confidence of the rule that found it ({@link FallbackConfig#confidence}).
 *
 * <p>Thread-safe: the model is immutable and every call keeps its state to itself. Time is linear in the
 * number of tokens (each rule looks at most a few tokens ahead of each token, and each token at most
 * {@link Word#MAX_CHARS} characters); bad input (null or empty sentences, control characters, very long tokens)
 * gives no names or fewer, never an exception.
 */
public final class FallbackNameFinder implements NameFinder {

    private final FallbackModel model;

    public FallbackNameFinder(FallbackModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    public FallbackModel model() {
        return model;
    }

    @Override
    public List<NameSpan> find(String[] tokens) {
        if (tokens == null || tokens.length == 0) {
            return List.of();
        }
        return findAll(List.<String[]>of(tokens)).get(0);
    }

    @Override
    public List<List<NameSpan>> findAll(List<String[]> sentences) {
        return explain(sentences).stream().map(l -> l.stream().map(Candidate::span).toList()).toList();
    }

    /** The names of each sentence with the evidence for each (for evaluation and debugging). */
    public List<List<Candidate>> explain(List<String[]> sentences) {
        DocumentContext doc = new DocumentContext(model, sentences == null ? List.of() : sentences);
        List<List<Candidate>> first = new ArrayList<>(doc.lines.size());
        for (Line line : doc.lines) {
            first.add(firstPass(line));
        }
        DocumentNames names = DocumentNames.of(doc.lines, first);
        List<List<Candidate>> out = new ArrayList<>(doc.lines.size());
        for (int k = 0; k < doc.lines.size(); k++) {
            out.add(List.copyOf(secondPass(doc.lines.get(k), first.get(k), names)));
        }
        return out;
    }

    private List<Candidate> firstPass(Line line) {
        Chart chart = new Chart(line.size(), model.config());
        PlaceRule.propose(line, chart);
        PersonRule.propose(line, chart);
        DesignatorRule.propose(line, chart);
        HeadRule.propose(line, chart, HeadRule.ORG);
        HeadRule.propose(line, chart, HeadRule.LOC);
        HeadRule.propose(line, chart, HeadRule.MISC);
        HeadRule.finals(line, chart);
        AcronymRule.propose(line, chart);
        KnownNameRule.propose(line, chart);
        CapitalisationRule.quoted(line, chart);
        return chart.resolve(model.config().minimum());
    }

    private List<Candidate> secondPass(Line line, List<Candidate> first, DocumentNames names) {
        Chart chart = new Chart(line.size(), model.config());
        boolean[] covered = new boolean[line.size()];
        for (Candidate c : first) {
            if (!(c.type() == EntityType.LOC && c.length() == 1 && names.isPerson(line.word(c.start()).lower))) {
                chart.addAll(List.of(c));   // a one-word place that is a person's name here ("Warren") is not
                java.util.Arrays.fill(covered, c.start(), c.end(), true);
            }
        }
        names.propose(line, chart, covered);
        CapitalisationRule.bare(line, chart, covered);
        return chart.resolve(model.config().minimum());
    }
}
