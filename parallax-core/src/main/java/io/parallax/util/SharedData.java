package io.parallax.util;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the optional {@code ../shared} directory (seeds and benchmark data) beside the project. Its place comes
 * from the {@code parallax.shared} system property, or the {@code PARALLAX_SHARED} environment variable, or
 * {@code ../shared} from the working directory.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared directory, if it exists. */
    public static Optional<Path> root() {
        String configured = System.getProperty("parallax.shared", System.getenv("PARALLAX_SHARED"));
        Path p = configured != null ? Path.of(configured) : Path.of("..", "shared");
        return Files.isDirectory(p) ? Optional.of(p.toAbsolutePath().normalize()) : Optional.empty();
    }

    /** A path under the shared directory, if both exist. */
    public static Optional<Path> resolve(String relative) {
        return root().map(r -> r.resolve(relative)).filter(Files::exists);
    }
}
