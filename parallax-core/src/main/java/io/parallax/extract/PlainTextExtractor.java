package io.parallax.extract;

import io.parallax.model.Document;
import io.parallax.model.RawDocument;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extracts a document from plain text. Paragraphs are blocks separated by blank lines; lines inside a block are
 * joined with a space. Bylines at the start and trailers at the end (author heading, bio, closing name, "first
 * published on …") become {@link Document#authors()} and {@link Document#outlet()} and leave the body. Photo
 * captions (paragraphs ending in an agency credit) are listed in {@code metadata["captions"]} and stay in the body:
 * in plain text they are the author's text, and they often carry the event's date and place.
 *
 * <p>The title is the first block only when it is clearly a headline: one short line without a final period,
 * followed by more text. Otherwise it is {@code null}. Thread-safe.
 */
public final class PlainTextExtractor implements Extractor {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u00a0]*\\n\\s*");
    private static final Pattern CAPTION = Pattern.compile(
            "(?u)(?:\\b(?:REUTERS|Reuters|AFP|AP|EPA|ANP|TT|NTB|dpa|DPA|Getty Images|Shutterstock|Bloomberg|"
                    + "Scanpix|Sputnik|Anadolu)(?: Photo| Images)?\\s*/\\s*[\\p{L}\\p{M} .'-]{2,60}\\.?"
                    + "|\\((?:AP|AFP|Reuters|EPA) Photo[^)]{0,80}\\)\\.?)$"
                    + "|^(?:Photo|Foto|Bild|Image|Picture|Fotograf)\\s*:\\s*\\S.{0,200}$");
    private static final int MAX_TITLE = 150;
    private static final int TRAILER_WINDOW = 12;

    private final ExtractionConfig config;

    public PlainTextExtractor() {
        this(ExtractionConfig.DEFAULTS);
    }

    private static final int MAX_DATELINE = 80;

    public PlainTextExtractor(ExtractionConfig config) {
        this.config = config;
    }

    @Override
    public Document extract(RawDocument raw) throws ExtractionException {
        Inputs.check(raw, config);
        Map<String, String> metadata = Inputs.metadata("text");
        String text = Inputs.decode(raw, false, metadata).text().replace("\r\n", "\n").replace('\r', '\n');
        List<List<String>> blocks = blocks(text);
        if (blocks.isEmpty()) {
            throw new ExtractionException("empty: no text");
        }
        return build(raw, blocks, metadata);
    }

    private Document build(RawDocument raw, List<List<String>> blocks, Map<String, String> metadata)
            throws ExtractionException {
        Set<String> authors = new LinkedHashSet<>();
        Trailers.Result header = Trailers.header(firstLines(blocks));
        dropLeading(blocks, header.lines());
        String title = title(blocks);
        if (title != null) {
            blocks.removeFirst();
            metadata.put("title.source", "first-line");
            header = merge(header, Trailers.header(firstLines(blocks)), blocks);
        }
        Dates.Parsed published = dateline(blocks, metadata);
        Trailers.Result trailer = Trailers.trailer(lastLines(blocks));
        List<String> trailerLines = dropTrailing(blocks, trailer.lines());
        authors.addAll(header.authors());
        authors.addAll(trailer.authors());
        recordSources(metadata, header, trailer);
        List<String> captions = new ArrayList<>();
        TextBuilder body = new TextBuilder();
        for (List<String> block : blocks) {
            String paragraph = String.join(" ", block);
            if (CAPTION.matcher(paragraph).find()) {
                captions.add(TextBuilder.normalize(paragraph));
            }
            body.add(paragraph);
        }
        if (body.isEmpty()) {
            throw new ExtractionException("no body text after removing title and trailer");
        }
        keepTrailer(body, trailerLines, metadata);
        if (!captions.isEmpty()) {
            metadata.put("captions", String.join("\n", captions));
        }
        return new Document(raw.id(), Inputs.url(raw), title, List.copyOf(authors), trailer.outlet(),
                published == null ? null : published.date(), body.text(), body.paragraphs(), metadata);
    }

    private static Trailers.Result merge(Trailers.Result first, Trailers.Result second, List<List<String>> blocks) {
        dropLeading(blocks, second.lines());
        List<String> names = new ArrayList<>(first.authors());
        names.addAll(second.authors());
        return new Trailers.Result(names, first.outlet(), first.lines() + second.lines());
    }

    private static void recordSources(Map<String, String> metadata, Trailers.Result header, Trailers.Result trailer) {
        if (!header.authors().isEmpty()) {
            metadata.put("authors.source", "byline");
        } else if (!trailer.authors().isEmpty()) {
            metadata.put("authors.source", "trailer");
        }
        if (trailer.outlet() != null) {
            metadata.put("outlet.source", "trailer");
        }
    }

    /** Blocks of non-blank, trimmed lines. */
    static List<List<String>> blocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        for (String chunk : BLANK_LINES.split(text)) {
            List<String> lines = new ArrayList<>();
            for (String line : chunk.split("\n")) {
                String l = TextBuilder.normalize(line);
                if (!l.isEmpty()) {
                    lines.add(l);
                }
            }
            if (!lines.isEmpty()) {
                blocks.add(lines);
            }
        }
        return blocks;
    }

    /** The first block as a title when it is one short line without a final period and more text follows. */
    private static String title(List<List<String>> blocks) {
        if (blocks.size() < 2 || blocks.getFirst().size() != 1) {
            return null;
        }
        String line = blocks.getFirst().getFirst();
        char last = line.charAt(line.length() - 1);
        boolean sentenceEnd = last == '.' || last == ',' || last == ';' || last == ':';
        boolean headlineSized = line.length() <= MAX_TITLE && line.split("\\s+").length <= 25;
        boolean followedByText = blocks.stream().skip(1).flatMap(List::stream).mapToInt(String::length).sum()
                > line.length();
        return !sentenceEnd && headlineSized && followedByText && Character.isLetterOrDigit(line.charAt(0))
                ? line : null;
    }

    private static List<String> firstLines(List<List<String>> blocks) {
        List<String> out = new ArrayList<>();
        for (List<String> b : blocks) {
            for (String l : b) {
                if (out.size() == 3) {
                    return out;
                }
                out.add(l);
            }
        }
        return out;
    }

    private static List<String> lastLines(List<List<String>> blocks) {
        List<String> out = new ArrayList<>();
        for (int i = blocks.size() - 1; i >= 0 && out.size() < TRAILER_WINDOW; i--) {
            List<String> b = blocks.get(i);
            for (int j = b.size() - 1; j >= 0 && out.size() < TRAILER_WINDOW; j--) {
                out.addFirst(b.get(j));
            }
        }
        return out;
    }

    private static void dropLeading(List<List<String>> blocks, int lines) {
        for (int n = 0; n < lines && !blocks.isEmpty(); n++) {
            blocks.getFirst().removeFirst();
            if (blocks.getFirst().isEmpty()) {
                blocks.removeFirst();
            }
        }
    }

    /**
     * A dateline at the top of the body ("MUNICH, July 9, 2025", "Publicerad 12 mars 2025 kl. 07.45"): a short line
     * that is mostly a date. It gives the publication date and is removed from the body.
     */
    private static Dates.Parsed dateline(List<List<String>> blocks, Map<String, String> metadata) {
        if (blocks.size() < 2) {
            return null;
        }
        String line = blocks.getFirst().getFirst();
        Dates.Parsed date = line.length() <= MAX_DATELINE && line.split("\\s+").length <= 10 ? Dates.inText(line) : null;
        if (date == null) {
            return null;
        }
        metadata.put("dateline", line);
        metadata.put("published.source", "dateline");
        metadata.put("published.iso", date.iso());
        dropLeading(blocks, 1);
        return date;
    }

    /** Removes trailer lines from the body and returns them, in text order. */
    private static List<String> dropTrailing(List<List<String>> blocks, int lines) {
        List<String> dropped = new ArrayList<>();
        for (int n = 0; n < lines && !blocks.isEmpty(); n++) {
            dropped.addFirst(blocks.getLast().removeLast());
            if (blocks.getLast().isEmpty()) {
                blocks.removeLast();
            }
        }
        return dropped;
    }

    /**
     * Appends the trailer after the body, one paragraph per line, and records where the body ends
     * ({@link Document#BODY_END}). The trailer is not article text, but it names people and organisations (the author, an
     * affiliation, the outlet) that an analyst wants found; stages that compare claims stop at the body's end.
     */
    private static void keepTrailer(TextBuilder body, List<String> trailer, Map<String, String> metadata) {
        int end = body.text().length();
        if (trailer.isEmpty()) {
            return;
        }
        metadata.put(Document.BODY_END, Integer.toString(end));
        trailer.forEach(body::add);
    }
}
