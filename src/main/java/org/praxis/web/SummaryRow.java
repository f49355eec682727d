package org.praxis.web;

/** A row of a GOV.UK summary list, with an optional action such as "Change". */
public record SummaryRow(String key, String value, String actionHref, String actionText) {

    public static SummaryRow of(String key, String value) {
        return new SummaryRow(key, value == null || value.isBlank() ? "Not recorded" : value, null, null);
    }
}
