package io.parallax.bench.extraction;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** An extractor measured by the harness: Parallax itself or a peer. */
public interface Peer {

    String name();

    /**
     * Extracts every page. {@code seconds} covers extraction only (parsing and content selection on bytes in
     * memory), on one thread, after a warm-up where the peer runs in a long-lived process.
     */
    Run run(List<BenchPage> pages) throws IOException;

    /** What a peer produced: body text per page id, and the publication date per id where it reports one. */
    record Run(Map<String, String> bodies, Map<String, String> dates, double seconds, int pages) {
        public double pagesPerSecond() {
            return seconds == 0 ? 0 : pages / seconds;
        }
    }
}
