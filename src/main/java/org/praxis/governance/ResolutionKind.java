package org.praxis.governance;

/** What a committee resolved: to note something, or to ask for a follow-up that someone owns until it is answered. */
public enum ResolutionKind {
    NOTED("Noted", false),
    INFORMATION("Information to provide", true),
    REPORT_BACK("Report to bring back", true),
    INVITATION("Someone to invite", true);

    private final String label;
    private final boolean followUp;

    ResolutionKind(String label, boolean followUp) {
        this.label = label;
        this.followUp = followUp;
    }

    public String label() {
        return label;
    }

    /** Whether the resolution asks for something that is tracked until it is answered. */
    public boolean followUp() {
        return followUp;
    }
}
