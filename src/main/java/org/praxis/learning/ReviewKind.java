package org.praxis.learning;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of review a council learns from, in the words safeguarding partnerships and inspectorates use. */
enum ReviewKind {
    LOCAL_CSPR("Local child safeguarding practice review"),
    NATIONAL_CSPR("National panel child safeguarding practice review"),
    RAPID_REVIEW("Rapid review"),
    SAR("Safeguarding adults review"),
    DHR("Domestic homicide or domestic abuse related death review"),
    LEDER("LeDeR review (learning from lives and deaths)"),
    SERIOUS_INCIDENT("Serious incident review"),
    PEER_REVIEW("Peer review"),
    INSPECTION("Inspection (Ofsted, CQC)"),
    THEMATIC("Internal thematic review");

    private final String label;

    ReviewKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By its code or its words, as a spreadsheet might hold it. */
    static Optional<ReviewKind> named(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        var t = text.strip();
        return Arrays.stream(values())
                .filter(k -> k.name().equalsIgnoreCase(t.replace(' ', '_')) || k.label.equalsIgnoreCase(t))
                .findFirst()
                .or(() -> Arrays.stream(values())
                        .filter(k -> k.label.toLowerCase(Locale.ROOT).startsWith(t.toLowerCase(Locale.ROOT)))
                        .findFirst());
    }
}
