package org.praxis.audit;

/** How a question is answered. */
public enum AnswerType {
    GRADE("Ofsted grade"),
    YES_PARTLY_NO("Yes, partly or no"),
    NUMBER("A number"),
    DATE("A date"),
    TEXT("Written answer");

    private final String label;

    AnswerType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
