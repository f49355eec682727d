package org.praxis.complaints;

/** How it reached the council. */
public enum Channel {
    EMAIL("Email"),
    PHONE("Phone"),
    LETTER("Letter"),
    ONLINE_FORM("Online form"),
    IN_PERSON("In person"),
    COUNCILLOR_OR_MP("Through a councillor or MP");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
