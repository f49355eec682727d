package org.praxis.standards;

/** Which social care service a standard or an audit template is for. */
public enum CareService {
    CHILDREN("Children's social care"),
    ADULTS("Adult social care"),
    ALL("Children's and adult social care");

    private final String label;

    CareService(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether something for this service applies to work in the other: "all services" applies everywhere. */
    public boolean covers(CareService other) {
        return this == ALL || other == ALL || this == other;
    }
}
