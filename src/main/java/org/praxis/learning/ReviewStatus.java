package org.praxis.learning;

/**
 * Where a review has got to. Its learning stays open (proposed for training, followed on the synopsis) until the
 * QA lead closes it, once its recommendations are done.
 */
enum ReviewStatus {
    COMMISSIONED("Commissioned", "grey"),
    IN_PROGRESS("In progress", "blue"),
    PUBLISHED("Published", "green"),
    CLOSED("Closed: recommendations done", "purple");

    private final String label;
    private final String colour;

    ReviewStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }
}
