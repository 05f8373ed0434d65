package io.parallax.pipeline;

import io.parallax.claim.StatementAligner;
import io.parallax.event.EntityEventClusterer;
import io.parallax.extract.ExtractionConfig;

import java.util.Objects;

/**
 * Typed settings for the whole pipeline, one record per stage that has settings.
 *
 * @param extraction limits for extraction
 * @param events     event clustering thresholds
 * @param claims     claim alignment thresholds
 * @param threads    worker threads for the per-document stages
 */
public record PipelineConfig(ExtractionConfig extraction, EntityEventClusterer.Config events,
                             StatementAligner.Config claims, int threads) {

    public PipelineConfig {
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(claims, "claims");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    /** Defaults, with one analysis thread per core. */
    public static PipelineConfig defaults() {
        return new PipelineConfig(ExtractionConfig.DEFAULTS, EntityEventClusterer.Config.defaults(),
                StatementAligner.Config.defaults(), Runtime.getRuntime().availableProcessors());
    }

    public PipelineConfig withThreads(int n) {
        return new PipelineConfig(extraction, events, claims, n);
    }
}
