package io.parallax.bench.extraction;

import io.parallax.extract.ExtractionException;
import io.parallax.extract.Extractor;
import io.parallax.extract.Extractors;
import io.parallax.model.Document;
import io.parallax.model.RawDocument;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parallax's own extractor ({@link Extractors#standard()}), timed on one thread: one warm-up pass, then the best of
 * {@code passes} timed passes.
 */
public final class ParallaxPeer implements Peer {

    private final Extractor extractor = Extractors.standard();
    private final int passes;

    public ParallaxPeer(int passes) {
        this.passes = passes;
    }

    @Override
    public String name() {
        return "parallax";
    }

    @Override
    public Run run(List<BenchPage> pages) {
        Map<String, String> bodies = new HashMap<>();
        Map<String, String> dates = new HashMap<>();
        List<RawDocument> raws = pages.stream().map(p -> new RawDocument(p.id(), p.url() == null ? p.id() : p.url(),
                p.html(), "text/html", p.url() == null ? Map.of() : Map.of("url", p.url()), Instant.EPOCH)).toList();
        for (RawDocument raw : raws) {
            Document d = extract(raw);
            bodies.put(raw.id(), d == null ? "" : d.text());
            if (d != null && d.published() != null) {
                dates.put(raw.id(), d.published().toString());
            }
        }
        double best = Double.MAX_VALUE;
        for (int pass = 0; pass < passes; pass++) {
            long start = System.nanoTime();
            for (RawDocument raw : raws) {
                extract(raw);
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return new Run(bodies, dates, best, raws.size());
    }

    private Document extract(RawDocument raw) {
        try {
            return extractor.extract(raw);
        } catch (ExtractionException e) {
            return null;
        }
    }
}
