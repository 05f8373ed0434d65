package io.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads a serialised model from the class path, failing with a message that names the missing resource.
 * Stateless.
 */
public final class ModelLoader {

    /** Reads a model from a stream; OpenNLP model constructors fit. */
    @FunctionalInterface
    public interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    private ModelLoader() {
    }

    /**
     * @param resource absolute class-path name, e.g. {@code /packs/sv/sv-pos.bin}
     * @throws IllegalStateException when the resource is absent (a packaging error)
     * @throws UncheckedIOException  when it cannot be read or is not a valid model
     */
    public static <M> M load(String resource, Reader<M> reader) {
        try (InputStream in = ModelLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + resource + ": " + e.getMessage(), e);
        }
    }
}
