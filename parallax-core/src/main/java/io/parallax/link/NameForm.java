package io.parallax.link;

import java.util.List;
import java.util.Objects;

/**
 * A mention's name made ready for matching: titles, roles, articles and certain genitive endings removed, and the
 * base forms it may be an inflection of, to try in order.
 *
 * @param surface      the mention text as written
 * @param name         the cleaned name ("Belarusian President Alexander Lukashenko" → "Alexander Lukashenko")
 * @param alternatives possible base forms when the name may be inflected ("Rysslands" → "Ryssland"), best first;
 *                     never contains {@code name}
 * @param title        the title or role that was removed, or {@code null}
 */
public record NameForm(String surface, String name, List<String> alternatives, String title) {

    public NameForm {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(name, "name");
        alternatives = List.copyOf(alternatives);
    }

    /** The name, then its alternatives. */
    public List<String> candidates() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), alternatives.stream()).toList();
    }

    /** Number of words in the cleaned name. */
    public int words() {
        return name.isBlank() ? 0 : name.strip().split("\\s+").length;
    }
}
