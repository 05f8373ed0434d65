package io.parallax.ingest;

/** One input could not be read; the message is the one-line problem for the user. */
final class ReadException extends Exception {

    ReadException(String message) {
        super(message);
    }
}
