package io.parallax.extract;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides from the first bytes whether content is HTML, plain text, gzip or binary. The decision reads at most
 * {@value #HEAD} bytes, so it costs the same for a 1 KB page and a 50 MB one.
 *
 * <p>Stateless and thread-safe.
 */
public final class Sniffer {

    /** How many leading bytes are inspected. */
    public static final int HEAD = 8192;

    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title|div|p|article|!--)");
    private static final Pattern HTML_TAG = Pattern.compile(
            "(?i)</?(html|head|body|div|p|span|a|meta|script|article|section|br|table|li|ul|h[1-6])\\b[^>]*>");

    private Sniffer() {
    }

    /** Classifies the content. */
    public static ContentKind sniff(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            return ContentKind.GZIP;
        }
        int n = Math.min(bytes.length, HEAD);
        if (isBlank(bytes, n)) {
            return ContentKind.EMPTY;
        }
        if (binaryReason(bytes) != null) {
            return ContentKind.BINARY;
        }
        return looksLikeHtml(headAsText(bytes, n)) ? ContentKind.HTML : ContentKind.TEXT;
    }

    /**
     * Why the bytes are not text, as a short phrase ("PNG image", "NUL bytes"), or {@code null} when they could be
     * text in some encoding. UTF-16 with a byte-order mark counts as text.
     */
    public static String binaryReason(byte[] bytes) {
        String magic = magic(bytes);
        if (magic != null) {
            return magic;
        }
        int n = Math.min(bytes.length, HEAD);
        if (n >= 2 && hasUtf16Bom(bytes)) {
            return null;
        }
        int nul = 0;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                nul++;
            } else if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        if (nul > 0) {
            return "NUL bytes";
        }
        // A few stray control characters occur in real pages; a tenth of the bytes does not.
        return control * 10 > n ? "control characters" : null;
    }

    static boolean looksLikeHtml(String head) {
        if (HTML_START.matcher(head).find()) {
            return true;
        }
        var m = HTML_TAG.matcher(head);
        int tags = 0;
        while (m.find() && tags < 5) {
            tags++;
        }
        return tags >= 5;
    }

    private static boolean hasUtf16Bom(byte[] b) {
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        return (b0 == 0xfe && b1 == 0xff) || (b0 == 0xff && b1 == 0xfe);
    }

    private static String headAsText(byte[] bytes, int n) {
        // ISO-8859-1 maps every byte to one char, so markup is visible whatever the real encoding is.
        String s = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        if (n >= 2 && hasUtf16Bom(bytes)) {
            s = new String(bytes, 0, n, StandardCharsets.UTF_16);
        }
        return s.startsWith("\u00ef\u00bb\u00bf") ? s.substring(3) : s;
    }

    private static boolean isBlank(byte[] bytes, int n) {
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            boolean space = b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
            if (!space && !(i < 3 && (b == 0xef || b == 0xbb || b == 0xbf))) {
                return false;
            }
        }
        return bytes.length <= n;
    }

    private static String magic(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (startsWith(b, 0xff, 0xd8, 0xff)) {
            return "JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "PDF document";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "ZIP archive";
        }
        if (startsWith(b, 0x7f, 'E', 'L', 'F')) {
            return "executable";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The lower-cased media type without parameters, or {@code null}. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }
}
