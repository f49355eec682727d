package org.praxis.organisation;

public enum DirectorateKind {
    CHILDREN("Children's social care"),
    ADULTS("Adult social care");

    private final String label;

    DirectorateKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
