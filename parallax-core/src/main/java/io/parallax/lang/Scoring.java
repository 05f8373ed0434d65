package io.parallax.lang;

/**
 * How an {@link NgramModel} scores text.
 *
 * @param backoff     log-probability penalty (negative) added for each order a language has to back off because it
 *                    lacks the longer n-gram
 * @param unseen      log-probability (negative) of a letter a language has never seen at all
 * @param temperature divides the score differences before the softmax that yields the raw confidence
 * @param maxChars    characters of input looked at; longer input is cut (bounds time on huge lines)
 */
public record Scoring(double backoff, double unseen, double temperature, int maxChars) {

    public static final Scoring DEFAULT = new Scoring(-1.0, -14.0, 1.0, 4096);

    public Scoring {
        if (!(backoff <= 0) || !(unseen < 0) || !(temperature > 0) || maxChars < 1) {
            throw new IllegalArgumentException("bad scoring parameters: backoff " + backoff + ", unseen " + unseen
                    + ", temperature " + temperature + ", maxChars " + maxChars);
        }
    }

    public Scoring withBackoff(double b) {
        return new Scoring(b, unseen, temperature, maxChars);
    }

    public Scoring withUnseen(double u) {
        return new Scoring(backoff, u, temperature, maxChars);
    }

    public Scoring withTemperature(double t) {
        return new Scoring(backoff, unseen, t, maxChars);
    }
}
