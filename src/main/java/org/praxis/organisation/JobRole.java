package org.praxis.organisation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

public enum JobRole {
    SOCIAL_WORKER("Social worker"),
    SENIOR_PRACTITIONER("Senior practitioner"),
    ASYE("Newly qualified social worker (ASYE)"),
    SOCIAL_WORK_APPRENTICE("Social work apprentice"),
    FAMILY_SUPPORT_WORKER("Family support worker"),
    OCCUPATIONAL_THERAPIST("Occupational therapist"),
    SOCIAL_CARE_ASSESSOR("Social care assessor"),
    REABLEMENT_OFFICER("Reablement officer"),
    TEAM_MANAGER("Team manager"),
    HEAD_OF_SERVICE("Head of service"),
    DIRECTOR("Director"),
    PRINCIPAL_SOCIAL_WORKER("Principal social worker"),
    QUALITY_ASSURANCE_OFFICER("Quality assurance officer"),
    BUSINESS_SUPPORT("Business support officer");

    private final String label;

    JobRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the code ("ASYE", "social_worker") or the label ("Social worker"), in any case. */
    static Optional<JobRole> parse(String text) {
        var t = Rules.tidy(text);
        return Arrays.stream(values())
                .filter(r -> r.name().equalsIgnoreCase(t.replace(' ', '_').replace('-', '_'))
                        || r.label.toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
