package io.parallax.link;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Writes any name in lower-case ASCII Latin letters with ICU4J transforms: Russian by BGN/PCGN (the convention of
 * English-language news: Пригожин → prigozhin), Chinese characters as pinyin, every other script by ICU's
 * {@code Any-Latin}; then accents are dropped ({@code Latin-ASCII}).
 *
 * <p>Thread-safe: ICU transliterators are stateless and may be shared. Construct once and share; construction
 * compiles the transforms (tens of milliseconds).
 */
public final class Romanizer {

    private final Transliterator cyrillic = Transliterator.getInstance(
            "NFKC; Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");
    private final Transliterator han = Transliterator.getInstance("NFKC; Han-Latin; Latin-ASCII; Lower");
    private final Transliterator any = Transliterator.getInstance("NFKC; Any-Latin; Latin-ASCII; Lower");
    private final Normalizer2 nfkc = Normalizer2.getNFKCCasefoldInstance();

    /** Lower-case ASCII romanisation of {@code text}; characters without a romanisation pass through. */
    public String romanize(String text) {
        return switch (Script.of(text)) {
            case NONE -> nfkc.normalize(text);
            case CYRILLIC -> cyrillic.transliterate(text);
            case HAN -> han.transliterate(text);
            default -> any.transliterate(text);
        };
    }
}
