package io.parallax.ingest;

import io.parallax.extract.ContentKind;
import io.parallax.extract.Sniffer;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Bounded reading, gzip decompression and content checks shared by the sources. Every read stops at the size cap,
 * so neither a huge file nor a gzip bomb can exhaust memory.
 */
final class Bytes {

    private Bytes() {
    }

    /**
     * Reads at most {@code max} bytes.
     *
     * @throws ReadException when the stream holds more than {@code max} bytes
     */
    static byte[] readBounded(InputStream in, long max, String what) throws IOException, ReadException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > max) {
                throw new ReadException(what + " exceeds the size limit of " + mb(max));
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Decompresses gzip data up to {@code max} bytes. */
    static byte[] gunzip(byte[] gz, long max) throws ReadException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return readBounded(in, max, "decompressed gzip data (possible gzip bomb)");
        } catch (ZipException e) {
            throw new ReadException("corrupt gzip data: " + e.getMessage());
        } catch (EOFException e) {
            throw new ReadException("truncated gzip data");
        } catch (IOException e) {
            throw new ReadException("cannot decompress gzip data: " + e.getMessage());
        }
    }

    /**
     * Decompresses gzip content when it is gzip, then checks that what remains could be a document.
     *
     * @throws ReadException for empty or binary content
     */
    static byte[] checked(byte[] bytes, long max) throws ReadException {
        byte[] b = Sniffer.sniff(bytes) == ContentKind.GZIP ? gunzip(bytes, max) : bytes;
        ContentKind kind = Sniffer.sniff(b);
        if (kind == ContentKind.EMPTY) {
            throw new ReadException("empty: no text");
        }
        if (kind == ContentKind.BINARY || kind == ContentKind.GZIP) {
            String why = kind == ContentKind.GZIP ? "nested gzip" : Sniffer.binaryReason(b);
            throw new ReadException("binary data (" + why + "), not text or HTML");
        }
        return b;
    }

    static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1048576.0);
    }
}
