package io.parallax.bench.langid;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.parallax.lang.NgramModelBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Lingua 1.2.2's published n-gram tables (Apache-2.0) from its jar on the class path
 * ({@code /language-models/<iso639-1>/{unigrams,…,fivegrams}.json}: conditional probabilities as fractions) and
 * adds them to an {@link NgramModelBuilder}, leaving out rare n-grams so that the model stays small.
 *
 * <p>Pruning: an n-gram is kept when its joint probability (the chain rule over the lower-order tables) is at least
 * {@code minJoint}; unigrams are always kept. Stateless apart from its configuration; not thread-safe while
 * reading.
 */
final class LinguaModelData {

    private static final String[] FILES = {"unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};

    private final double minJoint;

    LinguaModelData(double minJoint) {
        this.minJoint = minJoint;
    }

    /** True when Lingua's model data is on the class path. */
    static boolean available() {
        return LinguaModelData.class.getResource("/language-models/en/unigrams.json") != null;
    }

    /**
     * Adds one language.
     *
     * @return the number of (n-gram, probability) entries added
     */
    int addLanguage(String code, NgramModelBuilder builder) {
        List<Map<String, Double>> tables = new ArrayList<>();
        for (String file : FILES) {
            tables.add(read("/language-models/" + code + "/" + file + ".json"));
        }
        int added = 0;
        for (int n = 1; n <= FILES.length; n++) {
            for (Map.Entry<String, Double> e : tables.get(n - 1).entrySet()) {
                // A few of Lingua's unigrams are symbols (CJK radicals); texts never produce them as letters.
                boolean letters = e.getKey().codePoints().allMatch(Character::isLetter);
                if (letters && (n == 1 || joint(e.getKey(), tables) >= minJoint)) {
                    builder.put(code, e.getKey(), Math.log(e.getValue()));
                    added++;
                }
            }
        }
        return added;
    }

    /** P(c1 … cn) by the chain rule; 0 when a lower-order table lacks a prefix. */
    private static double joint(String ngram, List<Map<String, Double>> tables) {
        double p = 1;
        int[] cps = ngram.codePoints().toArray();
        for (int i = 1; i <= cps.length; i++) {
            Double q = tables.get(i - 1).get(new String(cps, 0, i));
            if (q == null) {
                return 0;
            }
            p *= q;
        }
        return p;
    }

    /** One table: n-gram to probability; empty when the file is absent (Lingua has only unigrams for some scripts). */
    private static Map<String, Double> read(String resource) {
        Map<String, Double> out = new HashMap<>();
        try (InputStream in = LinguaModelData.class.getResourceAsStream(resource)) {
            if (in == null) {
                return out;
            }
            JsonParser p = new JsonFactory().createParser(in);
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && "ngrams".equals(p.currentName())) {
                    p.nextToken();
                    readNgrams(p, out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lingua model " + resource, e);
        }
        return out;
    }

    private static void readNgrams(JsonParser p, Map<String, Double> out) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String fraction = p.currentName();
            p.nextToken();
            int slash = fraction.indexOf('/');
            double prob = Double.parseDouble(fraction.substring(0, slash)) / Double.parseDouble(fraction.substring(slash + 1));
            for (String ngram : p.getText().split(" ")) {
                out.put(ngram, prob);
            }
        }
    }
}
