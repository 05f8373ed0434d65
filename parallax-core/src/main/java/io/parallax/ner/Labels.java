package io.parallax.ner;

import io.parallax.model.EntityType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The BILOU label set that models decode: {@code O}, then Begin, Inside, Last and Unit for each entity type.
 * BILOU marks the last token of a name explicitly, which linear models learn better than IOB2 (Ratinov and Roth,
 * 2009).
 */
final class Labels {

    static final int O = 0;
    static final int B = 0;
    static final int I = 1;
    static final int L = 2;
    static final int U = 3;
    static final EntityType[] TYPES = EntityType.values();
    static final int COUNT = 1 + 4 * TYPES.length;

    private static final boolean[] ALLOWED = allowedTransitions();

    private Labels() {
    }

    static int of(EntityType type, int position) {
        return 1 + 4 * type.ordinal() + position;
    }

    /** The entity type of a label; {@code null} for {@code O}. */
    static EntityType type(int label) {
        return label == O ? null : TYPES[(label - 1) / 4];
    }

    /** B, I, L or U; -1 for {@code O}. */
    static int position(int label) {
        return label == O ? -1 : (label - 1) % 4;
    }

    static String name(int label) {
        return label == O ? "O" : "BILU".charAt(position(label)) + "-" + type(label);
    }

    /** True when {@code next} may follow {@code prev}; -1 stands for the sentence boundary on either side. */
    static boolean allowed(int prev, int next) {
        return ALLOWED[(prev + 1) * (COUNT + 1) + next + 1];
    }

    /** True when a name may start at this label (after O, L, U or the sentence start). */
    static boolean opens(int label) {
        int p = position(label);
        return p == -1 || p == B || p == U;
    }

    /** Labels for names over {@code length} tokens. */
    static int[] encode(List<NameSpan> names, int length) {
        int[] out = new int[length];
        for (NameSpan n : names) {
            if (n.end() - n.start() == 1) {
                out[n.start()] = of(n.type(), U);
                continue;
            }
            out[n.start()] = of(n.type(), B);
            for (int i = n.start() + 1; i < n.end() - 1; i++) {
                out[i] = of(n.type(), I);
            }
            out[n.end() - 1] = of(n.type(), L);
        }
        return out;
    }

    /** The names a valid label sequence describes, each as {start, end, label of first token}. */
    static List<int[]> spans(int[] labels) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            int p = position(labels[i]);
            if (p == U) {
                out.add(new int[]{i, i + 1});
            } else if (p == B) {
                int j = i + 1;
                while (j < labels.length && position(labels[j]) == I) {
                    j++;
                }
                out.add(new int[]{i, Math.min(j + 1, labels.length)});
                i = j;
            }
        }
        return out;
    }

    private static boolean[] allowedTransitions() {
        boolean[] a = new boolean[(COUNT + 1) * (COUNT + 1)];
        for (int prev = -1; prev < COUNT; prev++) {
            for (int next = -1; next < COUNT; next++) {
                a[(prev + 1) * (COUNT + 1) + next + 1] = computeAllowed(prev, next);
            }
        }
        return a;
    }

    private static boolean computeAllowed(int prev, int next) {
        boolean prevOpen = prev == -1 || position(prev) == -1 || position(prev) == L || position(prev) == U;
        if (next == -1) {
            return prevOpen;
        }
        if (prevOpen) {
            return opens(next);
        }
        int np = position(next);
        return type(prev) == type(next) && (np == I || np == L);
    }

    static String describe(int[] labels) {
        return Arrays.stream(labels).mapToObj(Labels::name).toList().toString();
    }
}
