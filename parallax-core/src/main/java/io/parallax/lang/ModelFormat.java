package io.parallax.lang;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The binary layout of an {@link NgramModel} (inside gzip, followed by a CRC-32 of everything before it):
 * magic, version, languages (code, max order, prior), scoring, calibration, then per order the sorted n-grams,
 * front-coded against the previous one, each with its postings (language id, quantised log-probability).
 * Stateless.
 */
final class ModelFormat {

    private ModelFormat() {
    }

    static void write(DataOutputStream out, List<String> languages, int[] maxOrder, double[] prior, Scoring scoring,
                      Calibration calibration, List<Map<String, short[]>> orders) throws IOException {
        out.writeInt(NgramModel.MAGIC);
        out.writeInt(NgramModel.VERSION);
        out.writeInt(languages.size());
        for (int i = 0; i < languages.size(); i++) {
            out.writeUTF(languages.get(i));
            out.writeByte(maxOrder[i]);
            out.writeDouble(prior[i]);
        }
        out.writeDouble(scoring.backoff());
        out.writeDouble(scoring.unseen());
        out.writeDouble(scoring.temperature());
        out.writeInt(scoring.maxChars());
        out.writeInt(calibration.raw().length);
        for (int i = 0; i < calibration.raw().length; i++) {
            out.writeDouble(calibration.raw()[i]);
            out.writeDouble(calibration.calibrated()[i]);
        }
        for (Map<String, short[]> order : orders) {
            writeOrder(out, order);
        }
    }

    private static void writeOrder(DataOutputStream out, Map<String, short[]> order) throws IOException {
        List<String> keys = new ArrayList<>(order.keySet());
        keys.sort(null);
        long postings = order.values().stream().mapToLong(p -> p.length).sum();
        out.writeInt(keys.size());
        out.writeLong(postings);
        String prev = "";
        for (String key : keys) {
            int common = 0;
            while (common < prev.length() && common < key.length() && prev.charAt(common) == key.charAt(common)) {
                common++;
            }
            writeVarInt(out, common);
            writeVarInt(out, key.length() - common);
            for (int i = common; i < key.length(); i++) {
                writeVarInt(out, key.charAt(i));
            }
            short[] p = order.get(key);
            writeVarInt(out, p.length);
            for (short s : p) {
                out.writeShort(s);
            }
            prev = key;
        }
    }

    static NgramModel read(DataInputStream in) throws IOException {
        if (in.readInt() != NgramModel.MAGIC) {
            throw new IOException("not a Parallax language model (bad magic number)");
        }
        int version = in.readInt();
        if (version != NgramModel.VERSION) {
            throw new IOException("unsupported language model version " + version);
        }
        int n = in.readInt();
        check(n > 0 && n < 256, "language count " + n);
        List<String> languages = new ArrayList<>(n);
        int[] maxOrder = new int[n];
        double[] prior = new double[n];
        for (int i = 0; i < n; i++) {
            languages.add(in.readUTF());
            maxOrder[i] = in.readByte();
            check(maxOrder[i] >= 0 && maxOrder[i] <= NgramModel.MAX_ORDER, "max order " + maxOrder[i]);
            prior[i] = in.readDouble();
        }
        Scoring scoring = new Scoring(in.readDouble(), in.readDouble(), in.readDouble(), in.readInt());
        int points = in.readInt();
        check(points >= 2 && points < 100_000, "calibration size " + points);
        double[] raw = new double[points];
        double[] cal = new double[points];
        for (int i = 0; i < points; i++) {
            raw[i] = in.readDouble();
            cal[i] = in.readDouble();
        }
        NgramTable[] tables = new NgramTable[NgramModel.MAX_ORDER];
        for (int order = 1; order <= NgramModel.MAX_ORDER; order++) {
            tables[order - 1] = readOrder(in, order, n);
        }
        return new NgramModel(languages, maxOrder, prior, tables, scoring, new Calibration(raw, cal));
    }

    private static NgramTable readOrder(DataInputStream in, int order, int languages) throws IOException {
        int keys = in.readInt();
        long postings = in.readLong();
        check(keys >= 0 && postings >= keys && postings < Integer.MAX_VALUE, "order " + order + " sizes");
        NgramTable.Builder builder = new NgramTable.Builder(keys, (int) postings);
        char[] buf = new char[64];
        int len = 0;
        short[] entry = new short[256];
        for (int k = 0; k < keys; k++) {
            int common = readVarInt(in);
            int suffix = readVarInt(in);
            check(common <= len && common + suffix <= buf.length, "n-gram encoding");
            for (int i = 0; i < suffix; i++) {
                buf[common + i] = (char) readVarInt(in);
            }
            len = common + suffix;
            String ngram = new String(buf, 0, len);
            check(ngram.codePointCount(0, len) == order, "n-gram '" + ngram + "' in order " + order);
            int count = readVarInt(in);
            check(count > 0 && count <= languages, "posting count " + count);
            for (int i = 0; i < count; i++) {
                entry[i] = in.readShort();
                check((entry[i] >>> 8 & 0xFF) < languages, "language id");
            }
            builder.add(LetterRuns.hash(ngram), entry, count);
        }
        return builder.build();
    }

    private static void check(boolean ok, String what) throws IOException {
        if (!ok) {
            throw new IOException("invalid language model: bad " + what);
        }
    }

    static void writeVarInt(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    static int readVarInt(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("invalid language model: bad variable-length integer");
    }
}
