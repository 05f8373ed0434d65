package io.parallax.util;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed once, on first use, then shared. Thread-safe: concurrent first calls compute it once.
 * Used by language packs to load models only for the languages a corpus actually has.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<? extends T> supplier;
    private volatile T value;

    private Lazy(Supplier<? extends T> supplier) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
    }

    public static <T> Lazy<T> of(Supplier<? extends T> supplier) {
        return new Lazy<>(supplier);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(supplier.get(), "lazy value");
                    value = v;
                }
            }
        }
        return v;
    }
}
