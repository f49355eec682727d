package org.praxis.governance;

/** The committees practice assurance reports to. */
public enum CommitteeKind {
    SCRUTINY("Scrutiny commission or committee"),
    CORPORATE_PARENTING("Corporate parenting board"),
    SAFEGUARDING_PARTNERSHIP("Safeguarding partnership"),
    LEADERSHIP_TEAM("Leadership team"),
    OTHER("Other board or committee");

    private final String label;

    CommitteeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
