package io.parallax.text.pos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The features of one token for the averaged-perceptron tagger: the word, its affixes and shape, its neighbours
 * and their suffixes, the two previous predicted tags, and the word's ambiguity class (the tags it had in the
 * training data, for frequent words). Training and tagging must use this one definition. Stateless.
 */
final class PosFeatures {

    private static final String START = "<s>";
    private static final String END = "</s>";

    private PosFeatures() {
    }

    /**
     * @param words      the sentence
     * @param i          the token
     * @param prev       the tag predicted for token i-1 (or a start symbol)
     * @param prev2      the tag predicted for token i-2
     * @param ambiguity  word (lower case) to its ambiguity class
     * @param guesses    a first pass's tags for the whole sentence (for the right context), or {@code null}
     */
    static List<String> of(String[] words, int i, String prev, String prev2, Map<String, String> ambiguity,
                           String[] guesses) {
        String w = words[i];
        String lw = lower(w);
        List<String> f = new ArrayList<>(40);
        f.add("b");
        f.add("w=" + lw);
        f.add("W=" + w);
        for (int k = 1; k <= 6; k++) {
            if (lw.length() > k) {
                f.add("s" + k + "=" + lw.substring(lw.length() - k));
            }
        }
        for (int k = 1; k <= 3; k++) {
            if (lw.length() > k + 1) {
                f.add("p" + k + "=" + lw.substring(0, k));
            }
        }
        f.add("shape=" + shape(w));
        f.add("len=" + Math.min(w.length(), 10));
        if (i == 0) {
            f.add("first");
            f.add("first_shape=" + shape(w));
        }
        int hyphen = lw.lastIndexOf('-');
        if (hyphen > 0 && hyphen < lw.length() - 1) {
            f.add("hyph_tail=" + lw.substring(hyphen + 1));
        }
        String amb = ambiguity.get(lw);
        f.add("amb=" + (amb == null ? "?" : amb));
        String ctx = ambiguity.get(PosLexicon.CONTEXT + lw);
        if (ctx != null) {
            String[] parts = ctx.split("\\|", -1);
            f.add("ul=" + parts[0]);
            f.add("ur=" + parts[1]);
            f.add("caps=" + parts[2]);
            if (amb == null) {
                f.add("ulur=" + parts[0] + "|" + parts[1]);
            }
        }

        f.add("t1=" + prev);
        f.add("t2=" + prev2 + "|" + prev);
        f.add("t1w=" + prev + "|" + lw);
        String pw = word(words, i - 1);
        String nw = word(words, i + 1);
        f.add("w-1=" + pw);
        f.add("w+1=" + nw);
        f.add("w-2=" + word(words, i - 2));
        f.add("w+2=" + word(words, i + 2));
        f.add("s3-1=" + suffix(pw, 3));
        f.add("s3+1=" + suffix(nw, 3));
        f.add("s2+1=" + suffix(nw, 2));
        f.add("w-1w=" + pw + "|" + lw);
        f.add("ww+1=" + lw + "|" + nw);
        String namb = i + 1 < words.length ? ambiguity.get(lower(words[i + 1])) : END;
        f.add("amb+1=" + (namb == null ? "?" : namb));
        String pamb = i > 0 ? ambiguity.get(lower(words[i - 1])) : START;
        f.add("amb-1=" + (pamb == null ? "?" : pamb));
        f.add("ambamb+1=" + (amb == null ? "?" : amb) + "|" + (namb == null ? "?" : namb));
        f.add("shape+1=" + (i + 1 < words.length ? shape(words[i + 1]) : END));
        f.add("t1s3=" + prev + "|" + suffix(lw, 3));
        f.add("t1amb=" + prev + "|" + (amb == null ? "?" : amb));
        if (guesses != null) {
            String n1 = tag(guesses, i + 1);
            String n2 = tag(guesses, i + 2);
            f.add("g0=" + guesses[i]);
            f.add("n1=" + n1);
            f.add("n2=" + n1 + "|" + n2);
            f.add("p1n1=" + prev + "|" + n1);
            f.add("wn1=" + lw + "|" + n1);
            f.add("ambn1=" + (amb == null ? "?" : amb) + "|" + n1);
            f.add("n3=" + tag(guesses, i + 3));
        }
        return f;
    }

    /**
     * The ambiguity class of the longest known word (3 letters or more) that ends this one: the head of a compound
     * ("säkerhetspolitik" → "politik"), which decides its part of speech in compounding languages.
     */
    private static String head(String lw, Map<String, String> ambiguity) {
        for (int k = 1; k <= lw.length() - 3; k++) {
            String amb = ambiguity.get(lw.substring(k));
            if (amb != null) {
                return amb;
            }
        }
        return "?";
    }

    private static String tag(String[] tags, int i) {
        return i >= tags.length ? END : tags[i];
    }

    private static String word(String[] words, int i) {
        return i < 0 ? START : i >= words.length ? END : lower(words[i]);
    }

    private static String suffix(String w, int k) {
        return w.length() > k ? w.substring(w.length() - k) : w;
    }

    static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    /** Character classes of the word, runs collapsed: "Xx", "d.d", "XX-x". */
    static String shape(String w) {
        StringBuilder sb = new StringBuilder();
        char last = 0;
        for (int i = 0; i < w.length() && sb.length() < 8; i++) {
            char c = w.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : Character.isLetter(c) ? 'l' : c;
            if (k != last) {
                sb.append(k);
                last = k;
            }
        }
        return sb.toString();
    }
}
