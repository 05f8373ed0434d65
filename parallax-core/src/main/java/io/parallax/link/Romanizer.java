package io.parallax.link;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import io.parallax.util.Lazy;

import java.lang.Character.UnicodeScript;

/**
 * Writes any name in lower-case ASCII Latin letters with ICU4J transforms: Russian by BGN/PCGN (the convention of
 * English-language news: Пригожин → prigozhin; without its primes and middle dots: Ольга → olga), Chinese
 * characters as pinyin, every other script by ICU's {@code Any-Latin}; then accents are dropped
 * ({@code Latin-ASCII}).
 *
 * <p><b>Fast path.</b> Most names in most corpora are already Latin. For text made only of Latin letters and
 * common punctuation, digits and symbols (Basic Latin, Latin-1, Latin Extended-A/B and Additional, General
 * Punctuation) the result is assembled from a per-character table, filled from the same ICU transform when the
 * romanizer is built. Those characters never combine with the character before them, and the transforms map
 * each of them without context, so the table gives exactly what ICU gives; {@code RomanizerTest} checks this on large samples of real
 * and random names. Anything else (other scripts, combining marks, compatibility characters that compose) takes
 * the ICU path.
 *
 * <p>Thread-safe: the table is immutable and ICU transliterators are stateless and may be shared. The ICU
 * transforms are compiled on first use (the Han and Any-Latin transforms take about a second each), so a corpus of
 * Latin-script names never pays for them. Construct once and share.
 */
public final class Romanizer {

    /** The ICU transform for Latin-script text (and any script without its own below). */
    static final String ANY = "NFKC; Any-Latin; Latin-ASCII; Lower";
    /** Enough of {@link #ANY} for the fast-path characters, which Any-Latin leaves alone; cheap to compile. */
    private static final String LATIN = "NFKC; Latin-ASCII; Lower";
    /** Code point ranges (inclusive) the fast path may cover. */
    private static final int[][] FAST_RANGES = {{0x0000, 0x024F}, {0x1E00, 0x1EFF}, {0x2000, 0x206F}};
    private static final int FAST_LIMIT = 0x2070;

    /**
     * BGN/PCGN writes the soft and hard signs as primes (Ольга → Olʹga, Подъячев → Podʺyachev) and separates
     * letters that would otherwise read as one sound with a middle dot (Потсдам → Pot·sdam). English-language
     * news drops all three, and in a key they would cut one word in two ("ol ga"), so they are removed.
     */
    private static final String CYRILLIC =
            "NFKC; Russian-Latin/BGN; [\\u02B9\\u02BA\\u00B7] Remove; Any-Latin; Latin-ASCII; Lower";

    private final Lazy<Transliterator> cyrillic = Lazy.of(() -> Transliterator.getInstance(CYRILLIC));
    private final Lazy<Transliterator> han = Lazy.of(() -> Transliterator.getInstance(
            "NFKC; Han-Latin; Latin-ASCII; Lower"));
    private final Lazy<Transliterator> any = Lazy.of(() -> Transliterator.getInstance(ANY));
    private final Lazy<Transliterator> simplified = Lazy.of(() -> Transliterator.getInstance(
            "NFKC; Traditional-Simplified"));
    private final Normalizer2 nfkc = Normalizer2.getNFKCCasefoldInstance();
    /** Romanisation of each fast-path character by index, or null where the ICU path must decide. */
    private final String[] table = fastTable();

    /** Lower-case ASCII romanisation of {@code text}; characters without a romanisation pass through. */
    public String romanize(String text) {
        String fast = fast(text);
        return fast != null ? fast : icu(text);
    }

    /**
     * The words of {@code text}, traditional Han characters replaced by simplified ones (維琪 → 维琪), each run of
     * other characters (the dot of "唐纳德·特朗普", spaces) one space.
     */
    public String simplifiedWords(String text) {
        return letterWords(simplified.get().transliterate(text));
    }

    /** The runs of letters of {@code text}, one space apart: "唐纳德·特朗普" → "唐纳德 特朗普". */
    public static String letterWords(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                gap = !out.isEmpty();
            } else {
                out.append(gap ? " " : "").appendCodePoint(c);
                gap = false;
            }
        }
        return out.toString();
    }

    /** The ICU path for any text, bypassing the fast path (for tests that compare the two). */
    String icu(String text) {
        return switch (Script.of(text)) {
            case NONE -> nfkc.normalize(text);
            case CYRILLIC -> cyrillic.get().transliterate(text);
            case HAN -> han.get().transliterate(text);
            default -> any.get().transliterate(text);
        };
    }

    /**
     * The table's romanisation when every character is in the table and the text has a Latin letter (text without
     * letters takes the NFKC case-fold path, done here only for ASCII); otherwise null.
     */
    String fast(String text) {
        StringBuilder out = null;
        boolean letter = false;
        boolean ascii = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String mapped = c < FAST_LIMIT ? table[c] : null;
            if (mapped == null) {
                return null;
            }
            letter |= Character.isLetter(c);
            ascii &= c < 0x80;
            if (out == null && (mapped.length() != 1 || mapped.charAt(0) != c)) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(mapped);
            }
        }
        if (!letter && !ascii) {
            return null;
        }
        return out == null ? text : out.toString();
    }

    /**
     * Each eligible character's romanisation: Latin letters and common-script non-letters that never combine with
     * what precedes them (a normalisation boundary before each character makes NFKC of a string the concatenation
     * of NFKC of its characters).
     */
    private static String[] fastTable() {
        Transliterator latin = Transliterator.getInstance(LATIN);
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        String[] t = new String[FAST_LIMIT];
        for (int[] r : FAST_RANGES) {
            for (int c = r[0]; c <= r[1]; c++) {
                if (eligible(c, nfkc)) {
                    t[c] = latin.transliterate(String.valueOf((char) c));
                }
            }
        }
        return t;
    }

    private static boolean eligible(int c, Normalizer2 nfkc) {
        if (Character.isSurrogate((char) c) || !nfkc.hasBoundaryBefore(c)) {
            return false;
        }
        UnicodeScript s = UnicodeScript.of(c);
        return s == UnicodeScript.LATIN || s == UnicodeScript.COMMON && !Character.isLetter(c);
    }
}
