package io.parallax.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the bibliographic lines that newspapers put before or after an article body, in English, Swedish and
 * German: bylines ("By …", "Av …", "Von …"), author headings ("Author", "Författare", "Autor") followed by a bio
 * ("X is an independent journalist …", "X är …", "X ist …") and a closing name, and publication notes ("This
 * article was first published on …", "Artikeln publicerades först i …", "Dieser Artikel erschien zuerst bei …").
 *
 * <p>The rules are about the shape of such lines, never about particular names or outlets. A bio is accepted only
 * when it sits in a trailer next to other evidence (a heading, a name line, a publication note) or when it has
 * the vocabulary of a bio (journalist, professor, university …), so that a body paragraph that happens to start
 * with "Putin is …" stays in the body.
 *
 * <p>Stateless and thread-safe.
 */
final class Trailers {

    /** What a line is, seen as part of a trailer or header. */
    enum Kind { HEADING, BYLINE, BIO, NAME, PUBLISHED, NONE }

    /** One classified line; {@code names} are the authors it names, {@code outlet} the outlet it names. */
    record Line(Kind kind, List<String> names, String outlet) {
        static final Line NONE = new Line(Kind.NONE, List.of(), null);
    }

    /** What a trailer block yielded: authors, outlet, and how many lines at the end belong to it. */
    record Result(List<String> authors, String outlet, int lines) {
    }

    // A personal name: 2-5 capitalised words, lower-case particles (van, von, de, af, bin …) allowed inside.
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
    private static final String PARTICLE = "(?:van|von|der|den|de|da|di|du|la|le|af|al|el|bin|ibn|ter|ten|zu|y)";
    static final String NAME = WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)*" + WORD + "){1,4}";
    private static final String NAMES = NAME + "(?:\\s*(?:,|\\band\\b|\\boch\\b|\\bund\\b|&)\\s*" + NAME + ")*";

    private static final Pattern HEADING = Pattern.compile(
            "(?iu)(about the authors?|the authors?|authors?|written by|contributors?|författare|om författaren|"
                    + "skribent|text|autor(?:in)?|autoren|über (?:den|die) autor(?:in)?|zum autor|zur autorin)\\s*:?");
    private static final Pattern BYLINE = Pattern.compile(
            "(?u)^(?:[Bb]y|BY|[Aa]v|AV|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]i|[Tt]ext(?: von| av)?:?|[Ww]ritten by|[Ss]kriven av|[Gg]eschrieben von"
                    + "|[Aa]uthors?:|[Ff]örfattare:|[Aa]utor(?:in)?:)\\s+(" + NAMES + ")(?:\\s*[,|/–—-]\\s*.{0,80})?$");
    private static final Pattern BIO = Pattern.compile(
            "(?u)^(" + NAMES + ")\\s*(?:\\([^)]{0,60}\\)\\s*)?(?:,[^,]{1,80},\\s*)?"
                    + "(?:is|was|are|were|has|teaches|writes|works|är|var|arbetar|skriver|ist|war|sind|arbeitet|schreibt|lehrt)\\s+\\S");
    private static final Pattern BIO_WORDS = Pattern.compile(
            "(?iu)\\b(journalist\\w*|correspondent|editor|columnist|writer|author|reporter|professor|lecturer|fellow|"
                    + "researcher|research|scientist|analyst|director|university|college|institute|centre|center|"
                    + "school|studies|phd|doctoral|contributor|commentator|historian|economist|novelist|"
                    + "forskare|docent|universitet\\w*|redaktör|skribent|krönikör|kolumnist|författare|"
                    + "korrespondent\\w*|redakteur\\w*|autor\\w*|universität|wissenschaftler\\w*|forscher\\w*|"
                    + "dozent\\w*|leiter\\w*|publizist\\w*)\\b");
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?iu)^(?:this|the|a version of this|an earlier version of this|denna|den här|dieser|der|diese)?\\s*"
                    + "(?:article|story|piece|post|essay|column|commentary|op-ed|text|artikel|artikeln|texten|krönikan|"
                    + "kolumnen|beitrag|kommentar|analysen)?\\s*"
                    + "(?:was|is|has been|had been|were|är|har|ist|wurde)?\\s*"
                    + "(?:first|originally|previously|initially|också|först|ursprungligen|tidigare|zuerst|ursprünglich|"
                    + "erstmals|bereits)?\\s*"
                    + "(?:re-?published|published|appeared|posted|publicerades|publicerad|publicerats|erschien|erschienen|"
                    + "veröffentlicht)\\s+"
                    + "(?:first\\s+|originally\\s+|först\\s+|ursprungligen\\s+|zuerst\\s+)?"
                    + "(?:on|in|by|at|from|with|i|på|hos|av|bei|in der|im|auf|von)\\s+"
                    + "(?<outlet>.+?)\\s*(?:[,;(]|\\s+(?:on|under|and|with|och|den|am|unter|und)\\s|\\.?$)");
    private static final Pattern REPUBLISHED = Pattern.compile(
            "(?iu)^this (?:article|story|piece) is republished from\\s+(?<outlet>.+?)\\s*(?:[,;(]|\\s+under\\s|\\.?$)");
    private static final Pattern NAME_LINE = Pattern.compile("(?u)^" + NAMES + "$");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|\\band\\b|\\boch\\b|\\bund\\b|&)\\s*");
    private static final int MAX_TRAILER_LINE = 400;

    private Trailers() {
    }

    /** Classifies one line (already trimmed). */
    static Line classify(String line) {
        String s = stripDecoration(line);
        if (s.isEmpty() || s.length() > MAX_TRAILER_LINE) {
            return Line.NONE;
        }
        if (HEADING.matcher(s).matches()) {
            return new Line(Kind.HEADING, List.of(), null);
        }
        Matcher m = BYLINE.matcher(s);
        if (m.matches()) {
            return new Line(Kind.BYLINE, names(m.group(1)), null);
        }
        String outlet = outlet(s);
        if (outlet != null) {
            return new Line(Kind.PUBLISHED, List.of(), outlet);
        }
        m = BIO.matcher(s);
        if (m.lookingAt()) {
            return new Line(Kind.BIO, names(m.group(1)), null);
        }
        if (s.length() <= 80 && NAME_LINE.matcher(s).matches() && !endsLikeSentence(s)) {
            return new Line(Kind.NAME, names(s), null);
        }
        return Line.NONE;
    }

    /**
     * Reads a trailer upwards from the end of {@code lines} (non-blank, trimmed lines). Stops at the first line
     * that is not part of a trailer, or at a bio or name line that lacks supporting evidence.
     */
    static Result trailer(List<String> lines) {
        List<Line> kinds = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line l = classify(lines.get(i));
            if (l.kind() == Kind.NONE) {
                break;
            }
            kinds.add(l);
        }
        int count = supported(kinds, lines);
        return summarize(kinds.subList(0, count), count);
    }

    /** Reads bylines at the start of {@code lines} (at most the first three lines). */
    static Result header(List<String> lines) {
        List<Line> found = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < Math.min(3, lines.size()); i++) {
            Line l = classify(lines.get(i));
            if (l.kind() != Kind.BYLINE) {
                break;
            }
            found.add(l);
            n = i + 1;
        }
        return summarize(found, n);
    }

    /**
     * How many of the trailer lines (listed from the end upwards) to accept. Bios need bio vocabulary or an author
     * heading or name line beside them; bare names need a heading, byline, publication note or bio above them.
     */
    private static int supported(List<Line> fromEnd, List<String> lines) {
        boolean note = has(fromEnd, Kind.HEADING) || has(fromEnd, Kind.PUBLISHED) || has(fromEnd, Kind.BYLINE);
        boolean framed = has(fromEnd, Kind.HEADING) || has(fromEnd, Kind.NAME);
        int accepted = 0;
        for (int k = 0; k < fromEnd.size(); k++) {
            String text = lines.get(lines.size() - 1 - k);
            boolean ok = switch (fromEnd.get(k).kind()) {
                case HEADING, BYLINE, PUBLISHED -> true;
                case BIO -> framed || BIO_WORDS.matcher(text).find();
                case NAME -> note || hasBioAbove(fromEnd, k);
                case NONE -> false;
            };
            if (!ok) {
                break;
            }
            accepted = k + 1;
        }
        return accepted;
    }

    private static boolean has(List<Line> lines, Kind kind) {
        return lines.stream().anyMatch(l -> l.kind() == kind);
    }

    private static boolean hasBioAbove(List<Line> fromEnd, int k) {
        for (int j = k + 1; j < fromEnd.size(); j++) {
            if (fromEnd.get(j).kind() == Kind.BIO) {
                return true;
            }
        }
        return false;
    }

    private static Result summarize(List<Line> lines, int count) {
        Set<String> authors = new LinkedHashSet<>();
        String outlet = null;
        // Lines were collected bottom-up for trailers; authors read better in document order.
        List<Line> ordered = new ArrayList<>(lines);
        for (Line l : ordered.reversed()) {
            authors.addAll(l.names());
            if (l.outlet() != null && outlet == null) {
                outlet = l.outlet();
            }
        }
        return new Result(List.copyOf(authors), outlet, count);
    }

    /** The outlet named by a publication note, or {@code null} when the line is not one. */
    static String outlet(String line) {
        String s = stripDecoration(line);
        if (s.length() > MAX_TRAILER_LINE) {
            return null;
        }
        Matcher m = REPUBLISHED.matcher(s);
        if (!m.find()) {
            m = PUBLISHED.matcher(s);
            if (!m.find()) {
                return null;
            }
        }
        String outlet = m.group("outlet").strip();
        outlet = outlet.replaceFirst("[.:]+$", "").strip();
        // An outlet is a name, not a clause: "on 3 May" or "in the morning" are not outlets.
        if (outlet.isEmpty() || outlet.length() > 80 || !Character.isUpperCase(firstLetter(outlet))) {
            return null;
        }
        return outlet;
    }

    private static char firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return 'a';
    }

    private static List<String> names(String s) {
        List<String> out = new ArrayList<>();
        for (String n : NAME_SPLIT.split(s.strip())) {
            String name = n.strip().replaceFirst("[.,;:]+$", "");
            if (!name.isEmpty() && name.contains(" ")) {
                out.add(name);
            }
        }
        return out;
    }

    private static boolean endsLikeSentence(String s) {
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ':';
    }

    private static String stripDecoration(String line) {
        return line.strip().replaceFirst("^[*_—–\\-•·|]+\\s*", "").replaceFirst("\\s*[*_]+$", "").strip();
    }
}
