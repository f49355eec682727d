package org.praxis.governance;

import java.util.Locale;
import org.praxis.documents.NarrativeBlock;
import org.praxis.documents.PdfDocument;
import org.praxis.documents.ReportCover;
import org.praxis.documents.ReportDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A report as files for committee papers: the PDF (the same from the page and the command line), the XLSX of every
 * table, the Word document.
 */
@Component
class ReportFiles {

    private final TemplateEngine templates;
    private final ReportLogo logo;
    private final String council;

    ReportFiles(TemplateEngine templates, ReportLogo logo, @Value("${praxis.council.name:Praxis}") String council) {
        this.templates = templates;
        this.logo = logo;
        this.council = council;
    }

    byte[] pdf(AssuranceReports.Report report) {
        var context = new Context(Locale.UK);
        context.setVariable("report", report);
        context.setVariable("sections", AssuranceReportController.views(report));
        context.setVariable("council", council);
        context.setVariable(
                "logo", logo.logo().map(AssuranceReportController::dataUri).orElse(null));
        context.setVariable(
                "taken",
                report.dataTakenAt()
                        .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)));
        return PdfDocument.fromHtml(templates.process("governance/report-pdf", context), report.title());
    }

    /** Every table of the report, one sheet each, with the headline figures of each section. */
    byte[] xlsx(AssuranceReports.Report report) {
        return ReportDocuments.tablesToXlsx(report.sections());
    }

    byte[] docx(AssuranceReports.Report report) {
        var stored = logo.logo().filter(l -> l.contentType().equals("image/png"));
        var cover = new ReportCover(
                council,
                stored.map(ReportLogo.Logo::content).orElse(null),
                council + " logo",
                "Practice assurance report",
                report.period().label(),
                report.dataTakenAt().toLocalDate(),
                "Version " + report.version() + ", " + report.status().label().toLowerCase(Locale.UK)
                        + (report.publishReason() == null
                                ? ""
                                : ". Published without a narrative for some sections because: "
                                        + report.publishReason()));
        var narrative = new java.util.LinkedHashMap<String, java.util.List<NarrativeBlock>>();
        report.sections()
                .forEach(s -> narrative.put(
                        s.key(), Narrative.parse(report.narrative(s.key())).blocks()));
        return ReportDocuments.toWord(cover, report.sections(), narrative);
    }

    String fileName(AssuranceReports.Report report) {
        return "practice-assurance-" + report.period().code() + "-v" + report.version();
    }
}
