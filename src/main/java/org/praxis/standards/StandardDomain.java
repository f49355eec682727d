package org.praxis.standards;

/** The areas of practice the manual is arranged by. */
public enum StandardDomain {
    VOICE("Voice of the child or adult"),
    ASSESSMENT("Assessment"),
    PLANNING("Planning"),
    RISK("Risk"),
    MANAGEMENT_OVERSIGHT("Management oversight"),
    SUPERVISION("Supervision"),
    RECORDING("Recording"),
    MULTI_AGENCY("Multi-agency working"),
    IMPACT("Impact");

    private final String label;

    StandardDomain(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
