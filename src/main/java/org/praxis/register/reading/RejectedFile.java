package org.praxis.register.reading;

/** The whole file cannot be imported; the message says why in words the person importing can act on. */
public class RejectedFile extends RuntimeException {

    public RejectedFile(String message) {
        super(message, null, false, false);
    }

    /** A refusal thrown inside a parser (StAX, FastCSV) comes back wrapped: throw the refusal itself. */
    static void rethrowIfCause(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RejectedFile rejected) {
                throw rejected;
            }
        }
    }
}
