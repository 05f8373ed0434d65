package io.parallax.ner.fallback;

/** The rule that found a name: what the fallback name finder saw, and so how far to trust it. */
public enum Evidence {
    /** A prominent place of the gazetteer (country, region, capital, large city). */
    PLACE,
    /** A smaller gazetteer town, after a locative preposition or seen elsewhere in the document. */
    PLACE_MINOR,
    /** Capitalised words after a title or role ("Herr", "Präsident", "M.", "Sr."). */
    TITLE,
    /** A given name followed by capitalised words. */
    GIVEN_NAME,
    /** A foreign name in Chinese or Japanese writing, its parts joined by a dot ("唐纳德·特朗普"). */
    DOTTED_NAME,
    /** Capitalised words ending in a surname ending ("-enko", "-ović", "-sson"). */
    SURNAME,
    /** Capitalised words followed by a legal form ("GmbH", "SA"). */
    ORG_DESIGNATOR,
    /** Capitalised words around a word that names an organisation's kind ("Bank", "Ministerium"). */
    ORG_HEAD,
    /** Words that name a kind of place ("Garten", "Platz") with capitalised modifiers. */
    LOC_HEAD,
    /** Words that name events and prizes ("Cup", "Festival"). */
    MISC_HEAD,
    /** A long form defined by the acronym after it: "Deutscher Wetterdienst (DWD)". */
    ACRONYM_DEFINED,
    /** An all-capitals word. */
    ACRONYM,
    /** Capitalised words inside quotation marks: ship, programme and work titles. */
    QUOTED,
    /** Words that end organisations' names in many languages ("News", "Town", "Ventures") after name words. */
    ORG_FINAL,
    /** A name the list of known names gives a type ("Reuters", "Associated Press"). */
    KNOWN_NAME,
    /** Capitalised words whose words are names of people. */
    CAPITALISED_PERSON,
    /** Capitalised words with no other evidence. */
    CAPITALISED,
    /** The same words as a name found elsewhere in the document, or part of a person's name found there. */
    DOCUMENT
}
