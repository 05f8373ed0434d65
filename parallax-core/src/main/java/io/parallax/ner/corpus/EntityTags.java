package io.parallax.ner.corpus;

import io.parallax.model.EntityType;
import io.parallax.ner.NameSpan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Conversions between token tags and name spans. Reads IOB2 ({@code B-PER I-PER}), IOB1 (an {@code I-} after
 * another type starts a name), BILOU/BIOES and bare types without a prefix ({@code PER PER}: consecutive tokens of
 * one type are one name). The outside tag is {@code O}, {@code 0}, {@code _} or {@code -}.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** True for the tags that mean "outside any name". */
    public static boolean isOutside(String tag) {
        String t = tag.strip();
        return t.isEmpty() || t.equals("O") || t.equals("0") || t.equals("_") || t.equals("-");
    }

    /**
     * The names that tags describe.
     *
     * @throws IllegalArgumentException for a tag whose type {@link EntityType#parse} does not know
     */
    public static List<NameSpan> spans(List<String> tags) {
        List<NameSpan> out = new ArrayList<>();
        int start = -1;
        EntityType type = null;
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i).strip();
            if (isOutside(tag)) {
                close(out, start, i, type);
                start = -1;
                type = null;
                continue;
            }
            char prefix = prefix(tag);
            EntityType t = EntityType.parse(prefix == 0 ? tag : tag.substring(2));
            boolean begins = start < 0 || t != type || prefix == 'B' || prefix == 'U' || prefix == 'S';
            if (begins) {
                close(out, start, i, type);
                start = i;
                type = t;
            }
            if (prefix == 'L' || prefix == 'E' || prefix == 'U' || prefix == 'S') {
                close(out, start, i + 1, type);
                start = -1;
                type = null;
            }
        }
        close(out, start, tags.size(), type);
        return out;
    }

    /** IOB2 tags for names over {@code length} tokens. */
    public static String[] toIob2(List<NameSpan> names, int length) {
        String[] tags = new String[length];
        Arrays.fill(tags, "O");
        for (NameSpan n : names) {
            tags[n.start()] = "B-" + n.type();
            for (int i = n.start() + 1; i < n.end(); i++) {
                tags[i] = "I-" + n.type();
            }
        }
        return tags;
    }

    private static char prefix(String tag) {
        if (tag.length() > 2 && (tag.charAt(1) == '-' || tag.charAt(1) == '_')) {
            char p = Character.toUpperCase(tag.charAt(0));
            if ("BIELSU".indexOf(p) >= 0) {
                return p;
            }
        }
        return 0;
    }

    private static void close(List<NameSpan> out, int start, int end, EntityType type) {
        if (start >= 0 && end > start) {
            out.add(new NameSpan(start, end, type, 1.0));
        }
    }
}
