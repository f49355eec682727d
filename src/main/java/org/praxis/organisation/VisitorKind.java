package org.praxis.organisation;

public enum VisitorKind {
    COUNCILLOR("Councillor"),
    POLICE("Police"),
    NHS("NHS"),
    SCHOOL("School"),
    OTHER("Other partner");

    private final String label;

    VisitorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
