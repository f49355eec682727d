package org.praxis.practiceweek;

/** What a visitor does on a visit slot. */
public enum Activity {
    OBSERVE_HOME_VISIT("Observe a home visit"),
    OBSERVE_TRIAGE("Observe front-door or MASH triage"),
    TEAM_MEETING("Join a team meeting"),
    CASE_DISCUSSION("Case discussion"),
    AUDIT_WITH_PRACTITIONER("Audit a case with the practitioner"),
    MEET_FAMILY("Meet a family"),
    VISIT_FOSTER_CARERS("Visit foster carers"),
    REABLEMENT_VISIT("Join a reablement visit"),
    OTHER("Something else");

    private final String label;

    Activity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
