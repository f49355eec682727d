package org.praxis.complaints;

/** What the council decided about a complaint, at a stage or in the end. */
public enum Outcome {
    UPHELD("Upheld"),
    PARTLY_UPHELD("Partly upheld"),
    NOT_UPHELD("Not upheld");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Upheld in whole or in part: learning is expected. */
    public boolean upheld() {
        return this != NOT_UPHELD;
    }
}
