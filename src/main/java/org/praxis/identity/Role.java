package org.praxis.identity;

/** What a user may do in Praxis. A user may hold several. */
public enum Role {
    ADMIN("Administrator"),
    QA_LEAD("Quality assurance lead"),
    LEADER("Leader or auditor"),
    MANAGER("Team manager"),
    PRACTITIONER("Practitioner"),
    LEARNING_LEAD("Learning and development lead"),
    COMPLAINTS_MANAGER("Complaints manager"),
    VISITOR("Visitor"),
    COMMITTEE_MEMBER("Committee member");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Managers and practitioners see only their own team, unless another role lets them see more. */
    public boolean isTeamScoped() {
        return this == MANAGER || this == PRACTITIONER;
    }

    /** The roles that see every team's records. */
    public boolean seesAllTeams() {
        return this == ADMIN || this == QA_LEAD || this == LEADER;
    }
}
