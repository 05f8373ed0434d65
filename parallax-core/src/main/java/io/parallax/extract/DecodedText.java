package io.parallax.extract;

/**
 * Text decoded from bytes, with how the charset was chosen.
 *
 * @param text    the decoded text, without a byte-order mark
 * @param charset the charset used (canonical Java name)
 * @param source  how it was chosen: {@code bom}, {@code header}, {@code meta}, {@code utf-8} (valid UTF-8),
 *                {@code detected} (statistical) or {@code fallback}
 * @param warning a one-line note when the bytes did not match what was declared or expected, else {@code null}
 */
public record DecodedText(String text, String charset, String source, String warning) {
}
