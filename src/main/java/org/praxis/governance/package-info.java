/**
 * Governance: the committees practice assurance answers to (scrutiny, corporate parenting, the safeguarding
 * partnership, the leadership team), what they asked for tracked to the answer, the quarterly practice assurance
 * report composed from the sections every module publishes ({@code documents.ReportSectionSource}) with the
 * principal social worker's narrative, and the director's one page of headline figures.
 *
 * <p>Owns tables: {@code committee}, {@code committee_meeting}, {@code committee_agenda_item},
 * {@code committee_resolution}, {@code assurance_report}, {@code assurance_report_narrative},
 * {@code assurance_report_history}, {@code report_logo}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Governance",
        allowedDependencies = {"actions", "commandline", "documents", "identity", "web"})
package org.praxis.governance;
