package io.parallax.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text. The charset is chosen in the order browsers use: a byte-order mark, the transport's
 * declared charset (HTTP {@code Content-Type}), for HTML a {@code <meta>} declaration in the first 4 KB, then valid
 * UTF-8, then ICU's statistical detector, and finally windows-1252 (which decodes every byte).
 *
 * <p>Input that claims UTF-8 but is not valid UTF-8 is decoded with the detected charset and a warning, never
 * dropped. Stateless and thread-safe.
 */
public final class TextDecoder {

    private static final int META_SCAN = 4096;
    private static final int DETECT_SCAN = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern CHARSET_PARAM = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param contentType the transport's content type (may carry {@code charset=}), or {@code null}
     * @param html        whether to look for a {@code <meta charset>} declaration
     */
    public static DecodedText decode(byte[] bytes, String contentType, boolean html) {
        DecodedText bom = byBom(bytes);
        if (bom != null) {
            return bom;
        }
        Charset header = charsetIn(CHARSET_PARAM, contentType);
        if (header != null) {
            return declared(bytes, header, "header");
        }
        if (html) {
            String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN), StandardCharsets.ISO_8859_1);
            Charset meta = charsetIn(META_CHARSET, head);
            if (meta != null) {
                return declared(bytes, meta, "meta");
            }
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new DecodedText(utf8, "UTF-8", "utf-8", null);
        }
        return detect(bytes, "the bytes are not valid UTF-8");
    }

    private static DecodedText declared(byte[] bytes, Charset cs, String source) {
        if (cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.US_ASCII)) {
            String utf8 = strictUtf8(bytes);
            if (utf8 != null) {
                return new DecodedText(utf8, "UTF-8", source, null);
            }
            return detect(bytes, "declared " + cs.name() + " (" + source + ") but the bytes are not valid UTF-8");
        }
        // WHATWG: a declared ISO-8859-1 means windows-1252, which also maps 0x80-0x9f to printable characters.
        Charset effective = cs.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : cs;
        return new DecodedText(new String(bytes, effective), effective.name(), source, null);
    }

    private static DecodedText detect(byte[] bytes, String why) {
        Charset cs = detected(bytes);
        if (cs != null) {
            return new DecodedText(new String(bytes, cs), cs.name(), "detected", why + "; decoded as " + cs.name());
        }
        return new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252.name(), "fallback",
                why + "; decoded as windows-1252");
    }

    private static Charset detected(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes.length > DETECT_SCAN ? Arrays.copyOf(bytes, DETECT_SCAN) : bytes);
        CharsetMatch match = detector.detect();
        if (match == null || match.getConfidence() < 10) {
            return null;
        }
        Charset cs = forName(match.getName());
        // The bytes were not valid UTF-8, so a UTF-8 guess would just produce replacement characters.
        if (cs == null || cs.equals(StandardCharsets.UTF_8)) {
            return null;
        }
        return cs.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : cs;
    }

    private static DecodedText byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return new DecodedText(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8", "bom", null);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", "bom", null);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", "bom", null);
        }
        return null;
    }

    /** The text if {@code bytes} are valid UTF-8, else {@code null}. */
    static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset charsetIn(Pattern p, String s) {
        if (s == null) {
            return null;
        }
        Matcher m = p.matcher(s);
        return m.find() ? forName(m.group(1)) : null;
    }

    private static Charset forName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        // Pages in the wild declare labels Java does not know; these are the common aliases.
        if (n.equals("utf8")) {
            n = "utf-8";
        } else if (n.equals("latin1") || n.equals("latin-1")) {
            n = "iso-8859-1";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
