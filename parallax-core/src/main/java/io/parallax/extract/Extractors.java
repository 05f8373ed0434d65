package io.parallax.extract;

import io.parallax.model.Document;
import io.parallax.model.RawDocument;

/**
 * Assembles extractors. {@link #standard()} picks HTML or plain-text extraction per document: by the declared
 * content type when it is HTML or plain text, else by sniffing the bytes.
 */
public final class Extractors {

    private Extractors() {
    }

    /** HTML and plain-text extraction with default limits. Thread-safe. */
    public static Extractor standard() {
        return standard(ExtractionConfig.DEFAULTS);
    }

    /** HTML and plain-text extraction with the given limits. Thread-safe. */
    public static Extractor standard(ExtractionConfig config) {
        return new Dispatching(new HtmlExtractor(config), new PlainTextExtractor(config));
    }

    /** Chooses the extractor for one document. */
    private record Dispatching(Extractor html, Extractor text) implements Extractor {

        @Override
        public Document extract(RawDocument raw) throws ExtractionException {
            return isHtml(raw) ? html.extract(raw) : text.extract(raw);
        }
    }

    /** Whether a document should be read as HTML: declared so, or (when undeclared) sniffed so. */
    static boolean isHtml(RawDocument raw) {
        String type = Sniffer.mediaType(raw.contentType());
        if (type != null && (type.equals("text/html") || type.equals("application/xhtml+xml"))) {
            return true;
        }
        if (type != null && type.equals("text/plain")) {
            // Files named .txt that hold a whole web page are common in scraped corpora.
            return Sniffer.sniff(raw.content()) == ContentKind.HTML && startsWithMarkup(raw.content());
        }
        return Sniffer.sniff(raw.content()) == ContentKind.HTML;
    }

    private static boolean startsWithMarkup(byte[] b) {
        for (int i = 0; i < Math.min(b.length, 512); i++) {
            int c = b[i] & 0xff;
            if (c > ' ' && c != 0xef && c != 0xbb && c != 0xbf) {
                return c == '<';
            }
        }
        return false;
    }
}
