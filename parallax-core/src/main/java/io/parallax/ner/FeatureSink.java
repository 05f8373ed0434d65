package io.parallax.ner;

/** Receives the feature keys of a sentence's tokens as the extractor produces them. */
@FunctionalInterface
interface FeatureSink {

    void add(int token, long key);
}
