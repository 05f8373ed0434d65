package io.parallax.link.translit;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Normalises both sides of a transliteration pair: the Latin side to lower-case ASCII letters, the other side to
 * the characters the model is trained on (Hangul as jamo, Hiragana as Katakana, traditional Han as simplified, no
 * vowel points or case). Thread-safe.
 */
public final class TranslitText {

    private final Transliterator latin = Transliterator.getInstance("NFKC; Latin-ASCII; Lower");
    private final Transliterator kana = Transliterator.getInstance("Hiragana-Katakana");
    private final Transliterator han = Transliterator.getInstance("Traditional-Simplified");
    private final Normalizer2 nfc = Normalizer2.getNFCInstance();

    /** Lower-case ASCII letters of a Latin-script name, everything else dropped. */
    public String latin(String s) {
        String t = latin.transliterate(s);
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 'a' && c <= 'z') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The target-script letters of a name, normalised; spaces, punctuation and marks dropped. */
    public String target(String s) {
        String t = han.transliterate(kana.transliterate(nfc.normalize(s))).toLowerCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder(t.length() * 2);
        t.codePoints().forEach(cp -> appendLetter(b, cp));
        return b.toString();
    }

    private static void appendLetter(StringBuilder b, int cp) {
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            int s = cp - 0xAC00;   // Hangul syllable → leading, vowel and trailing jamo (Unicode ch. 3.12)
            b.append((char) (0x1100 + s / (21 * 28))).append((char) (0x1161 + (s % (21 * 28)) / 28));
            if (s % 28 != 0) {
                b.append((char) (0x11A7 + s % 28));
            }
        } else if (Character.isLetter(cp) || cp == 'ー') {
            b.appendCodePoint(cp);
        }
    }
}
