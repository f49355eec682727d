package org.praxis.organisation;

import java.util.Arrays;
import java.util.List;

/** The kinds of team a council's social care services are organised into. */
public enum TeamType {
    MASH_FRONT_DOOR("MASH / front door", DirectorateKind.CHILDREN),
    DUTY_AND_ASSESSMENT("Duty and assessment", DirectorateKind.CHILDREN),
    CHILD_IN_NEED("Child in need", DirectorateKind.CHILDREN),
    CHILD_PROTECTION("Child protection", DirectorateKind.CHILDREN),
    CHILDREN_IN_CARE("Children in care", DirectorateKind.CHILDREN),
    CARE_LEAVERS("Care leavers", DirectorateKind.CHILDREN),
    FOSTERING("Fostering", DirectorateKind.CHILDREN),
    ADOPTION("Adoption", DirectorateKind.CHILDREN),
    EDGE_OF_CARE("Edge of care", DirectorateKind.CHILDREN),
    DISABLED_CHILDREN("Disabled children", DirectorateKind.CHILDREN),
    CONTACT_AND_RESPONSE("Contact and response", DirectorateKind.ADULTS),
    REABLEMENT("Reablement", DirectorateKind.ADULTS),
    LONG_TERM("Long-term support", DirectorateKind.ADULTS),
    HOSPITAL("Hospital social work", DirectorateKind.ADULTS),
    MENTAL_HEALTH("Mental health", DirectorateKind.ADULTS),
    LEARNING_DISABILITY("Learning disability", DirectorateKind.ADULTS),
    SAFEGUARDING_ADULTS("Safeguarding adults", DirectorateKind.ADULTS),
    SIGHT_AND_HEARING("Sight and hearing", DirectorateKind.ADULTS),
    SUPPORT("Quality assurance and support", null);

    private final String label;
    private final DirectorateKind kind;

    TeamType(String label, DirectorateKind kind) {
        this.label = label;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    public static List<TeamType> forKind(DirectorateKind kind) {
        return Arrays.stream(values()).filter(t -> t.kind == kind).toList();
    }
}
