package org.praxis.register.reading;

/** The whole file cannot be imported; the message says why in words the person importing can act on. */
public class RejectedFile extends RuntimeException {

    public RejectedFile(String message) {
        super(message, null, false, false);
    }
}
