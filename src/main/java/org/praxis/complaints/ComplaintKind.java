package org.praxis.complaints;

/** What was received: a complaint, a compliment, or an enquiry from a councillor or MP. */
public enum ComplaintKind {
    COMPLAINT("Complaint"),
    COMPLIMENT("Compliment"),
    ENQUIRY("Councillor or MP enquiry");

    private final String label;

    ComplaintKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
