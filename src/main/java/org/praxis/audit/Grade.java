package org.praxis.audit;

import java.util.Arrays;
import java.util.Optional;

/** Ofsted's four-point scale, as councils grade practice. The score orders the grades for agreement statistics. */
public enum Grade {
    OUTSTANDING("Outstanding", 4, "green"),
    GOOD("Good", 3, "blue"),
    REQUIRES_IMPROVEMENT("Requires improvement", 2, "yellow"),
    INADEQUATE("Inadequate", 1, "red");

    /** The answer stored when a graded question does not apply to the case. */
    public static final String NOT_APPLICABLE = "NOT_APPLICABLE";

    private final String label;
    private final int score;
    private final String colour;

    Grade(String label, int score, String colour) {
        this.label = label;
        this.score = score;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public int score() {
        return score;
    }

    public String colour() {
        return colour;
    }

    public boolean goodOrBetter() {
        return score >= GOOD.score;
    }

    public static Optional<Grade> parse(String name) {
        return Arrays.stream(values()).filter(g -> g.name().equals(name)).findFirst();
    }
}
