package org.praxis.actions;

/** How soon an action matters, as a governance board reads it. */
public enum Priority {
    HIGH("High"),
    MEDIUM("Medium"),
    LOW("Low");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The priority named, or empty for anything else (a form's value, a filter). */
    public static java.util.Optional<Priority> named(String name) {
        return java.util.Arrays.stream(values())
                .filter(p -> p.name().equals(name))
                .findFirst();
    }
}
