package io.parallax.ner.fallback;

import io.parallax.model.EntityType;
import io.parallax.ner.NameFinder;
import io.parallax.ner.NameSpan;
import io.parallax.ner.corpus.CorpusFiles;
import io.parallax.ner.corpus.LabeledDocument;
import io.parallax.ner.corpus.LabeledSentence;
import io.parallax.ner.train.UnlabelledText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link KnownNames} from the names of labelled corpora (gold) and the names a trained recogniser finds in
 * unlabelled text (silver). A name is kept when it was seen at least {@link Config#minCount} times, with one type
 * at least {@link Config#minPurity} of the time; a one-word name also needs to be a name in at least
 * {@link Config#minNameRate} of the times it is capitalised after a sentence's first word (so that "Monday" or
 * "President" never enter). Deterministic; not thread-safe.
 */
public final class KnownNamesBuilder {

    /**
     * Thresholds of a build.
     *
     * @param minCount    least number of times a name was seen
     * @param minPurity   least share of its occurrences with its majority type
     * @param minNameRate least share of a one-word name's capitalised occurrences that were names
     */
    public record Config(int minCount, double minPurity, double minNameRate) {
        public static final Config DEFAULT = new Config(3, 0.7, 0.7);
    }

    /** Sentences recognised together, as one document, in unlabelled text (which has no document breaks). */
    private static final int BATCH = 40;
    private static final int TYPES = EntityType.values().length;

    private final Config config;
    private final Map<String, int[]> typeCounts = new HashMap<>();
    private final Map<String, Integer> capitalised = new HashMap<>();

    public KnownNamesBuilder(Config config) {
        this.config = config;
    }

    /** Counts the gold names of a labelled corpus ({@link CorpusFiles} specification); returns the sentences read. */
    public int addCorpus(String spec) {
        int n = 0;
        for (LabeledDocument d : CorpusFiles.read(spec)) {
            for (LabeledSentence s : d.sentences()) {
                count(s.tokenArray(), s.names());
                n++;
            }
        }
        return n;
    }

    /**
     * Counts the names {@code finder} finds in the unlabelled text of a file or directory of the given language.
     *
     * @return the number of sentences read
     */
    public int addText(Path path, String language, NameFinder finder) {
        List<String[]> batch = new ArrayList<>();
        int[] n = {0};
        new UnlabelledText(language, s -> {
            batch.add(s);
            n[0]++;
            if (batch.size() == BATCH) {
                recognise(batch, finder);
            }
        }).read(path);
        recognise(batch, finder);
        return n[0];
    }

    private void recognise(List<String[]> batch, NameFinder finder) {
        List<List<NameSpan>> found = finder.findAll(batch);
        for (int i = 0; i < batch.size(); i++) {
            count(batch.get(i), found.get(i));
        }
        batch.clear();
    }

    private void count(String[] tokens, List<NameSpan> names) {
        for (int i = 1; i < tokens.length; i++) {
            if (!tokens[i].isEmpty() && Character.isUpperCase(tokens[i].codePointAt(0))) {
                capitalised.merge(KnownNames.key(tokens[i]), 1, Integer::sum);
            }
        }
        for (NameSpan s : names) {
            if (s.end() - s.start() <= KnownNames.MAX_WORDS) {
                String key = KnownNames.key(tokens, s.start(), s.end());
                if (!key.isEmpty()) {
                    typeCounts.computeIfAbsent(key, k -> new int[TYPES])[s.type().ordinal()]++;
                }
            }
        }
    }

    public KnownNames build() {
        Map<String, KnownNames.Entry> out = new HashMap<>();
        typeCounts.forEach((key, counts) -> {
            int total = 0;
            int best = 0;
            for (int t = 0; t < TYPES; t++) {
                total += counts[t];
                best = counts[t] > counts[best] ? t : best;
            }
            double purity = (double) counts[best] / total;
            boolean oneWord = key.indexOf(' ') < 0;
            double rate = oneWord ? (double) total / Math.max(total, capitalised.getOrDefault(key, 0)) : 1;
            if (total >= config.minCount() && purity >= config.minPurity() && rate >= config.minNameRate()
                    && key.chars().anyMatch(Character::isLetter)) {
                out.put(key, new KnownNames.Entry(EntityType.values()[best], total, purity));
            }
        });
        return new KnownNames(out);
    }
}
