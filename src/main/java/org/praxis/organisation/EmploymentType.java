package org.praxis.organisation;

import java.util.Arrays;
import java.util.Optional;

public enum EmploymentType {
    PERMANENT("Permanent"),
    AGENCY("Agency"),
    BANK("Bank");

    private final String label;

    EmploymentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<EmploymentType> parse(String text) {
        var t = Rules.tidy(text);
        return Arrays.stream(values()).filter(e -> e.name().equalsIgnoreCase(t)).findFirst();
    }
}
