package io.parallax.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date formats found in page metadata, URLs and datelines: ISO 8601 (with or without time and zone),
 * RFC 1123, numeric day-month-year and written dates in English, German and Swedish ("June 24, 2023",
 * "24. Juni 2023", "24 juni 2023"). Years outside 1990..2100 are rejected: on news pages they are almost always
 * something else (prices, ids, copyright lines of templates).
 *
 * <p>Stateless and thread-safe.
 */
final class Dates {

    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(20\\d{2}|19\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern SLASHED_YMD = Pattern.compile("(?<!\\d)(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    private static final Pattern DMY = Pattern.compile("(?<![\\d.])(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?!\\d)");
    private static final String MONTH_WORDS = MonthNames.ALTERNATION;
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|:e|:a|er|º)?\\.?\\s+(?:de\\s+)?(" + MONTH_WORDS
                    + ")(?![\\p{L}])\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}])(" + MONTH_WORDS + ")(?![\\p{L}])\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");

    private Dates() {
    }

    /** A parsed date with the ISO 8601 text of its full precision ({@code 2023-06-24T10:00:00Z} or a date). */
    record Parsed(LocalDate date, String iso) {
    }

    /** Parses a metadata value (ISO first, then RFC 1123, then written forms); {@code null} if none. */
    static Parsed parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        Parsed p = iso(s);
        if (p == null) {
            p = rfc1123(s);
        }
        if (p == null) {
            p = written(s);
        }
        if (p == null) {
            p = numeric(s);
        }
        return p;
    }

    /** Written or numeric dates inside running text ("Published 24 June 2023, 10:00"). */
    static Parsed inText(String text) {
        Parsed p = written(text);
        if (p == null) {
            p = iso(text);
        }
        return p == null ? numeric(text) : p;
    }

    private static Parsed iso(String s) {
        Matcher m = ISO.matcher(s);
        if (!m.find()) {
            return null;
        }
        LocalDate d = date(m.group(1), m.group(2), m.group(3));
        if (d == null) {
            return null;
        }
        if (m.group(4) == null) {
            return new Parsed(d, d.toString());
        }
        String time = String.format("%02d:%s:%s", Integer.parseInt(m.group(4)), m.group(5),
                m.group(6) == null ? "00" : m.group(6));
        String zone = m.group(7) == null ? "" : normalizeZone(m.group(7));
        return new Parsed(d, d + "T" + time + zone);
    }

    private static String normalizeZone(String z) {
        if (z.equals("Z") || z.contains(":")) {
            return z;
        }
        return z.substring(0, 3) + ":" + z.substring(3);
    }

    private static Parsed rfc1123(String s) {
        try {
            ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
            LocalDate d = z.toLocalDate();
            return plausible(d) ? new Parsed(d, OffsetDateTime.from(z).toString()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Parsed written(String s) {
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            return of(date(m.group(3), month(m.group(2)), m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            return of(date(m.group(3), month(m.group(1)), m.group(2)));
        }
        return null;
    }

    private static Parsed numeric(String s) {
        Matcher m = SLASHED_YMD.matcher(s);
        if (m.find()) {
            return of(date(m.group(1), m.group(2), m.group(3)));
        }
        m = DMY.matcher(s);
        if (m.find()) {
            // Day first, as in European dates; an impossible month (US order 06/24/2023) is tried the other way.
            LocalDate d = date(m.group(3), m.group(2), m.group(1));
            return of(d != null ? d : date(m.group(3), m.group(1), m.group(2)));
        }
        m = COMPACT.matcher(s);
        return m.find() ? of(date(m.group(1), m.group(2), m.group(3))) : null;
    }

    /** A date in a URL path: /2023/06/24/, /2023-06-24/, /20230624/; {@code null} if none. */
    static Parsed inUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/-]|$)").matcher(url);
        if (m.find()) {
            return of(date(m.group(1), m.group(2), m.group(3)));
        }
        m = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)").matcher(url);
        return m.find() ? of(date(m.group(1), m.group(2), m.group(3))) : null;
    }

    private static Parsed of(LocalDate d) {
        return d == null ? null : new Parsed(d, d.toString());
    }

    private static String month(String word) {
        return Integer.toString(MonthNames.of(word));
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return plausible(date) ? date : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean plausible(LocalDate d) {
        return d.getYear() >= 1990 && d.getYear() <= 2100;
    }
}
