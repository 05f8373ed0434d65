package io.parallax.extract;

/** The input cannot be turned into a document; the message is one line for the user. */
public class ExtractionException extends Exception {

    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
