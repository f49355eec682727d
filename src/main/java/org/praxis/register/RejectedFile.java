package org.praxis.register;

/** The whole file cannot be imported; the message says why in words the person importing can act on. */
class RejectedFile extends RuntimeException {

    RejectedFile(String message) {
        super(message, null, false, false);
    }
}
