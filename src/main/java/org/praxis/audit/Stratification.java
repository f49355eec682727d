package org.praxis.audit;

/** What a programme's sample is stratified by, so that each group is represented in proportion. */
public enum Stratification {
    TEAM("By team"),
    CASE_TYPE("By case type"),
    NONE("Not stratified: one simple random sample");

    private final String label;

    Stratification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
