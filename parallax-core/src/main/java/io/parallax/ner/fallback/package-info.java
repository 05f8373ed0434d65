/**
 * A name finder for languages without a trained model: rules over evidence that needs no labelled data in the
 * language. Places come from the project's multilingual gazetteer, people from titles, given names and surname
 * shapes, organisations from per-language cue words and acronym definitions, and everything else from
 * capitalisation, which each language's pack says how far to trust (German capitalises every noun).
 *
 * <p>Entry point: {@link io.parallax.ner.fallback.FallbackNameFinders#load}, which
 * {@link io.parallax.ner.NameFinders#load} calls for a pack without a model. Per-language cues live in
 * {@code /packs/<lang>/ner-cues.txt} ({@link io.parallax.ner.fallback.NerCues}); the language-independent
 * name lexicon in {@code /ner/fallback/} ({@link io.parallax.ner.fallback.NameLexicon}, with its card).
 */
package io.parallax.ner.fallback;
