package org.praxis.governance;

import java.util.Set;

/**
 * Where a version of the quarterly report stands. The narrative is written in draft and in review; an approved
 * report goes back to draft to be changed; a published one is frozen and changes only as a new version.
 */
public enum ReportStatus {
    DRAFT("Draft"),
    REVIEW("In review"),
    APPROVED("Approved"),
    PUBLISHED("Published");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean editable() {
        return this == DRAFT || this == REVIEW;
    }

    public boolean canMoveTo(ReportStatus next) {
        return switch (this) {
            case DRAFT -> next == REVIEW;
            case REVIEW -> Set.of(DRAFT, APPROVED).contains(next);
            case APPROVED -> Set.of(DRAFT, PUBLISHED).contains(next);
            case PUBLISHED -> false;
        };
    }

    /** The words of the button that moves a report here. */
    public String moveWords() {
        return switch (this) {
            case DRAFT -> "Send back to draft";
            case REVIEW -> "Send for review";
            case APPROVED -> "Approve";
            case PUBLISHED -> "Publish";
        };
    }
}
