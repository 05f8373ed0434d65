package io.parallax.link;

import java.lang.Character.UnicodeScript;

/**
 * The writing system of a name, as far as name matching cares: each non-Latin script has its own transliteration
 * conventions and its own learned model.
 */
public enum Script {
    LATIN, CYRILLIC, GREEK, ARABIC, HEBREW, HAN, HANGUL, KANA, OTHER, MIXED, NONE;

    /**
     * The script of the letters in {@code text}, ignoring digits, punctuation and marks. Kana with Han (Japanese
     * names) counts as {@link #KANA}; two other scripts together are {@link #MIXED}; no letters at all is
     * {@link #NONE}.
     */
    public static Script of(CharSequence text) {
        Script found = NONE;
        boolean kana = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Script s = ofCodePoint(cp);
            kana |= s == KANA;
            if (found == NONE || found == s) {
                found = s;
            } else if (isJapanese(found, s)) {
                found = KANA;
            } else {
                return MIXED;
            }
        }
        return kana && found == HAN ? KANA : found;
    }

    private static boolean isJapanese(Script a, Script b) {
        return (a == KANA && b == HAN) || (a == HAN && b == KANA);
    }

    static Script ofCodePoint(int cp) {
        UnicodeScript us = UnicodeScript.of(cp);
        return switch (us) {
            case LATIN -> LATIN;
            case CYRILLIC -> CYRILLIC;
            case GREEK -> GREEK;
            case ARABIC -> ARABIC;
            case HEBREW -> HEBREW;
            case HAN -> HAN;
            case HANGUL -> HANGUL;
            case HIRAGANA, KATAKANA -> KANA;
            case COMMON, INHERITED -> cp == 'ー' ? KANA : OTHER;
            default -> OTHER;
        };
    }
}
