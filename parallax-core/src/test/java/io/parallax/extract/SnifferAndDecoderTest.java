package io.parallax.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SnifferAndDecoderTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sniffsKinds() {
        assertThat(Sniffer.sniff(utf8("<!DOCTYPE html><html><body>x</body></html>"))).isEqualTo(ContentKind.HTML);
        assertThat(Sniffer.sniff(utf8("\uFEFF  <html lang=en>"))).isEqualTo(ContentKind.HTML);
        assertThat(Sniffer.sniff(utf8("Plain words, a < b and c > d."))).isEqualTo(ContentKind.TEXT);
        assertThat(Sniffer.sniff(utf8("   \n\t "))).isEqualTo(ContentKind.EMPTY);
        assertThat(Sniffer.sniff(new byte[0])).isEqualTo(ContentKind.EMPTY);
        assertThat(Sniffer.sniff(new byte[]{0x1f, (byte) 0x8b, 8, 0})).isEqualTo(ContentKind.GZIP);
        assertThat(Sniffer.sniff(new byte[]{'%', 'P', 'D', 'F', '-', '1'})).isEqualTo(ContentKind.BINARY);
        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        assertThat(Sniffer.sniff(random)).isEqualTo(ContentKind.BINARY);
        assertThat(Sniffer.binaryReason(random)).isNotNull();
    }

    @Test
    void utf16WithBomIsText() {
        byte[] b = "\uFEFFHello world".getBytes(StandardCharsets.UTF_16BE);
        assertThat(Sniffer.sniff(b)).isEqualTo(ContentKind.TEXT);
        assertThat(TextDecoder.decode(b, null, false).text()).isEqualTo("Hello world");
    }

    @Test
    void decodesByBomHeaderMetaAndDetection() {
        assertThat(TextDecoder.decode(utf8("\uFEFFå"), null, false).source()).isEqualTo("bom");
        byte[] latin = "Smörgåsbord och räksmörgås för alla på fredag.".getBytes(Charset.forName("ISO-8859-1"));
        DecodedText header = TextDecoder.decode(latin, "text/html; charset=ISO-8859-1", true);
        assertThat(header.text()).contains("Smörgåsbord");
        assertThat(header.source()).isEqualTo("header");
        byte[] meta = ("<html><head><meta charset=\"windows-1252\"></head><body>Caf\u00e9 \u20ac5</body></html>")
                .getBytes(Charset.forName("windows-1252"));
        DecodedText m = TextDecoder.decode(meta, null, true);
        assertThat(m.source()).isEqualTo("meta");
        assertThat(m.text()).contains("Café €5");
        DecodedText detected = TextDecoder.decode(latin, null, false);
        assertThat(detected.text()).contains("räksmörgås");
        assertThat(detected.warning()).contains("not valid UTF-8");
    }

    @Test
    void declaredUtf8ThatIsNotUtf8IsRedetected() {
        byte[] latin = "Größere Änderungen für Bürger".getBytes(Charset.forName("ISO-8859-1"));
        DecodedText d = TextDecoder.decode(latin, "text/html; charset=utf-8", true);
        assertThat(d.text()).contains("Größere");
        assertThat(d.warning()).contains("declared UTF-8");
    }

    @Test
    void unknownCharsetLabelsFallBack() {
        DecodedText d = TextDecoder.decode(utf8("plain ascii"), "text/html; charset=x-nonsense", true);
        assertThat(d.text()).isEqualTo("plain ascii");
    }
}
