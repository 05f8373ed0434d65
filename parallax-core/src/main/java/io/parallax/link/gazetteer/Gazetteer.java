package io.parallax.link.gazetteer;

import io.parallax.link.NameKeys;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Places by name in any language: an index from {@link NameKeys} keys (and upper-case ISO codes) to
 * {@link GazetteerEntry entries}. Built by {@link GazetteerBuilder} from GeoNames and CLDR; the project ships one in
 * {@code /gazetteer/gazetteer.tsv.gz}.
 *
 * <p>Immutable and thread-safe once loaded. Loading the shipped file takes about a second: load once and share.
 */
public final class Gazetteer {

    /** Class-path location of the shipped gazetteer. */
    public static final String RESOURCE = "/gazetteer/gazetteer.tsv.gz";
    static final String HEADER = "#parallax-gazetteer";

    private final List<GazetteerEntry> entries;
    private final Map<String, GazetteerEntry[]> byKey;
    private final Map<String, GazetteerEntry[]> byCode;
    private final Map<String, GazetteerEntry> byId;

    public Gazetteer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
        this.byKey = index(this.entries, false);
        this.byCode = index(this.entries, true);
        Map<String, GazetteerEntry> ids = new HashMap<>();
        for (GazetteerEntry e : this.entries) {
            ids.put(e.id(), e);
        }
        this.byId = Map.copyOf(ids);
    }

    /** Loads the gazetteer shipped on the class path. */
    public static Gazetteer loadDefault() {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("gazetteer " + RESOURCE + " is missing from the class path");
        }
        return read(in, RESOURCE);
    }

    /**
     * Reads a gazetteer written by {@link GazetteerBuilder#write}.
     *
     * @throws IllegalStateException when the file was built with another key version, or is malformed
     */
    public static Gazetteer read(InputStream gzipped, String source) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped),
                StandardCharsets.UTF_8))) {
            String header = r.readLine();
            checkHeader(header, source);
            List<GazetteerEntry> entries = new ArrayList<>();
            int lineNo = 1;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                entries.add(parse(line, source, lineNo));
            }
            return new Gazetteer(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + source, e);
        }
    }

    private static void checkHeader(String header, String source) {
        String expected = HEADER + "\tkeys=" + NameKeys.VERSION;
        if (header == null || !header.startsWith(HEADER)) {
            throw new IllegalStateException(source + ": not a Parallax gazetteer");
        }
        if (!header.startsWith(expected)) {
            throw new IllegalStateException(source + ": built with other name keys (" + header
                    + "); rebuild it with 'parallax names build-gazetteer'");
        }
    }

    static GazetteerEntry parse(String line, String source, int lineNo) {
        String[] f = line.split("\t", -1);
        if (f.length != 10) {
            throw new IllegalStateException(source + ":" + lineNo + ": expected 10 fields, found " + f.length);
        }
        try {
            return new GazetteerEntry(f[0], GazetteerEntry.Kind.valueOf(f[1]), f[2].isEmpty() ? null : f[2],
                    Double.parseDouble(f[3]), Double.parseDouble(f[4]), Long.parseLong(f[5]), "1".equals(f[6]), f[7],
                    split(f[8]), split(f[9]));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + ":" + lineNo + ": " + e.getMessage(), e);
        }
    }

    static String format(GazetteerEntry e) {
        return String.join("\t", e.id(), e.kind().name(), e.countryCode() == null ? "" : e.countryCode(),
                Double.toString(e.latitude()), Double.toString(e.longitude()), Long.toString(e.population()),
                e.capital() ? "1" : "0", e.name(), String.join("|", e.keys()), String.join("|", e.codes()));
    }

    private static List<String> split(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split("\\|"));
    }

    private static Map<String, GazetteerEntry[]> index(List<GazetteerEntry> entries, boolean codes) {
        Map<String, List<GazetteerEntry>> m = new HashMap<>();
        for (GazetteerEntry e : entries) {
            for (String k : codes ? e.codes() : e.keys()) {
                m.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e);
            }
        }
        Map<String, GazetteerEntry[]> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, v.toArray(GazetteerEntry[]::new)));
        return out;
    }

    /** Places whose name has this key, in file order. */
    public List<GazetteerEntry> byKey(String key) {
        GazetteerEntry[] found = byKey.get(key);
        return found == null ? List.of() : Collections.unmodifiableList(Arrays.asList(found));
    }

    /** Countries with this upper-case ISO code ("US", "USA"). */
    public List<GazetteerEntry> byCode(String code) {
        GazetteerEntry[] found = byCode.get(code);
        return found == null ? List.of() : Collections.unmodifiableList(Arrays.asList(found));
    }

    public Optional<GazetteerEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<GazetteerEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }
}
