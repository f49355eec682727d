package org.praxis.workforce;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of supervision a council records; only one-to-one supervision counts towards the policy's frequency. */
public enum SupervisionKind {
    ONE_TO_ONE("One-to-one supervision"),
    GROUP("Group supervision"),
    REFLECTIVE_PRACTICE("Reflective practice");

    private final String label;

    SupervisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The code ("ONE_TO_ONE"), the label, or a short name an export uses ("1:1", "group", "reflective"). */
    static Optional<SupervisionKind> parse(String text) {
        var t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9:]", "");
        return switch (t) {
            case "onetoone", "121", "1:1", "onetoonesupervision", "individual", "individualsupervision" ->
                Optional.of(ONE_TO_ONE);
            case "group", "groupsupervision" -> Optional.of(GROUP);
            case "reflective", "reflectivepractice", "reflectivepracticesession" -> Optional.of(REFLECTIVE_PRACTICE);
            default ->
                Arrays.stream(values())
                        .filter(k -> k.name()
                                .toLowerCase(Locale.ROOT)
                                .replace("_", "")
                                .equals(t))
                        .findFirst();
        };
    }
}
