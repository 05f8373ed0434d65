package io.parallax.bench.extraction;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** boilerpipe 1.1.0's {@code ArticleExtractor}, timed like {@link ParallaxPeer}. Bench only. */
public final class BoilerpipePeer implements Peer {

    private final int passes;

    public BoilerpipePeer(int passes) {
        this.passes = passes;
    }

    @Override
    public String name() {
        return "boilerpipe";
    }

    @Override
    public Run run(List<BenchPage> pages) {
        Map<String, String> bodies = new HashMap<>();
        for (BenchPage p : pages) {
            bodies.put(p.id(), extract(p.html()));
        }
        double best = Double.MAX_VALUE;
        for (int pass = 0; pass < passes; pass++) {
            long start = System.nanoTime();
            for (BenchPage p : pages) {
                extract(p.html());
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return new Run(bodies, Map.of(), best, pages.size());
    }

    private static String extract(byte[] html) {
        try {
            InputSource in = new InputSource(new ByteArrayInputStream(html));
            in.setEncoding("UTF-8");
            String text = ArticleExtractor.INSTANCE.getText(in);
            return text == null ? "" : text;
        } catch (BoilerpipeProcessingException | RuntimeException | StackOverflowError e) {
            return "";
        }
    }
}
