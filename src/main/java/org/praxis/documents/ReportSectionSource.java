package org.praxis.documents;

/**
 * A module that contributes a section to the composed reports. Each module publishes one as a Spring bean; the
 * report collects every bean of this type, so a new module adds its section without the report knowing it. A
 * section is about groups, never a person, and is put together with no signed-in reader: whoever may read the
 * report may read every section.
 */
public interface ReportSectionSource {

    /** Where the section stands in the report: lower first (the register 10, audits 20, actions 30 …). */
    int order();

    /** The section's stable key, the same as the key of the sections it returns. */
    String key();

    /** The section for the period, with figures as they stand now. */
    ReportSection section(ReportPeriod period);
}
