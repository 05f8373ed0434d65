package io.parallax.ingest;

/** One input could not be read; the message is the one-line problem for the user. */
public final class ReadException extends Exception {

    public ReadException(String message) {
        super(message);
    }
}
