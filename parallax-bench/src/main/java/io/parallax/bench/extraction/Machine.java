package io.parallax.bench.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-line description of the machine for results files. */
public final class Machine {

    private Machine() {
    }

    public static String describe() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: keep "unknown CPU"
        }
        String load = "";
        try {
            load = ", load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + " at start";
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return String.format("%s, %d cores visible, %d GiB max heap, Java %s, %s %s%s", cpu,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 30,
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"), load);
    }
}
