package org.praxis.web;

/**
 * Someone else saved a change to the record after this person opened it (an optimistic-lock conflict): nothing
 * was saved, and the person is asked to look again. Shown like any other {@link Refused} change.
 */
public class Stale extends Refused {

    public static final String MESSAGE =
            "Someone else changed this while you had it open. Check what it says now, then try again.";

    public Stale() {
        super(MESSAGE);
    }

    public Stale(String message) {
        super(message);
    }
}
