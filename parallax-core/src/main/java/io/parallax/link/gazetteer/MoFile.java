package io.parallax.link.gazetteer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Reads a GNU gettext {@code .mo} catalogue: message id → translation (plural forms and contexts ignored). */
final class MoFile {

    private static final int MAGIC = 0x950412de;

    private MoFile() {
    }

    /**
     * The translations of a catalogue.
     *
     * @throws IOException when the file cannot be read or is not a {@code .mo} file
     */
    static Map<String, String> read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != MAGIC) {
            b.order(ByteOrder.BIG_ENDIAN);
            if (b.getInt(0) != MAGIC) {
                throw new IOException(file + ": not a gettext .mo file");
            }
        }
        int n = b.getInt(8);
        int originals = b.getInt(12);
        int translations = b.getInt(16);
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String id = string(b, originals + 8 * i);
            String tr = string(b, translations + 8 * i);
            if (!id.isEmpty() && !tr.isEmpty() && id.indexOf('\0') < 0) {
                out.put(id, tr.indexOf('\0') < 0 ? tr : tr.substring(0, tr.indexOf('\0')));
            }
        }
        return out;
    }

    private static String string(ByteBuffer b, int entry) {
        int len = b.getInt(entry);
        int off = b.getInt(entry + 4);
        return new String(b.array(), off, len, StandardCharsets.UTF_8);
    }
}
