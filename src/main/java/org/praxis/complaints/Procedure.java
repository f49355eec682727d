package org.praxis.complaints;

/** The procedure a complaint follows, by the service it is about; each has its own clocks and stages. */
public enum Procedure {
    CHILDREN("Children’s social care", "the Children Act 1989 representations procedure", 3),
    ADULTS("Adults’ social care", "the 2009 social services and NHS complaints regulations", 1),
    CORPORATE("Corporate", "the council’s own complaints policy", 2);

    private final String label;
    private final String basis;
    private final int stages;

    Procedure(String label, String basis, int stages) {
        this.label = label;
        this.basis = basis;
        this.stages = stages;
    }

    public String label() {
        return label;
    }

    /** The law or policy it follows, in words. */
    public String basis() {
        return basis;
    }

    /** How many stages the procedure has before the Ombudsman. */
    public int stages() {
        return stages;
    }
}
