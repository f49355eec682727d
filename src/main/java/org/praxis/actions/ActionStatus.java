package org.praxis.actions;

/**
 * Where an action has got to. It moves forward, except that a verifier may return a done action to its owner (with a
 * reason), who then marks it done again; verified and cancelled are final.
 */
public enum ActionStatus {
    OPEN("Open", "grey"),
    IN_PROGRESS("In progress", "blue"),
    DONE("Done: waiting for verification", "yellow"),
    RETURNED("Returned to its owner", "orange"),
    VERIFIED("Verified", "green"),
    CANCELLED("Cancelled", "red");

    private final String label;
    private final String colour;

    ActionStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }

    public boolean finished() {
        return this == VERIFIED || this == CANCELLED;
    }

    /** Whether the action is still the owner's to do (and so can be overdue). */
    public boolean withOwner() {
        return this == OPEN || this == IN_PROGRESS || this == RETURNED;
    }

    /** Whether the action may move from here to {@code next}: forward (or back to its owner), never out of a final state. */
    public boolean canMoveTo(ActionStatus next) {
        return switch (this) {
            case OPEN -> next == IN_PROGRESS || next == DONE || next == CANCELLED;
            case IN_PROGRESS -> next == DONE || next == CANCELLED;
            case DONE -> next == VERIFIED || next == RETURNED || next == CANCELLED;
            case RETURNED -> next == DONE || next == CANCELLED;
            case VERIFIED, CANCELLED -> false;
        };
    }
}
