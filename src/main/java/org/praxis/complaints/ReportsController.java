package org.praxis.complaints;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.praxis.documents.PdfDocument;
import org.praxis.documents.ReportPeriod;
import org.praxis.documents.SpreadsheetWriter;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.web.FormValues;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Trends quarter by quarter, and the statutory annual report of each procedure as a page, a PDF and a workbook. */
@Controller
@RequestMapping("/complaints")
class ReportsController {

    private final ComplaintFigures figures;
    private final ComplaintsSection section;
    private final AnnualReports reports;
    private final Complaints complaints;
    private final TemplateEngine templates;

    ReportsController(
            ComplaintFigures figures,
            ComplaintsSection section,
            AnnualReports reports,
            Complaints complaints,
            TemplateEngine templates) {
        this.figures = figures;
        this.section = section;
        this.reports = reports;
        this.complaints = complaints;
        this.templates = templates;
    }

    @GetMapping("/trends")
    @PreAuthorize(Policies.COMPLAINT_TREND_READERS)
    String trends(Model model) {
        var period = ReportPeriod.lastEndedBy(complaints.today());
        model.addAttribute("period", period);
        var drawn = section.section(period);
        model.addAttribute("section", drawn);
        model.addAttribute(
                "chartImages",
                drawn.charts().stream().map(ReportsView::svgDataUri).toList());
        return "complaints/trends";
    }

    @GetMapping("/annual-report")
    @PreAuthorize(Policies.COMPLAINT_TREND_READERS)
    String annualReport(
            @RequestParam(required = false) String procedure,
            @RequestParam(required = false) String year,
            Model model) {
        var p = FormValues.parse(Procedure.class, procedure);
        var chosen = p == null ? Procedure.CHILDREN : p;
        int lastYear = AnnualReports.yearOf(complaints.today()) - 1;
        // Only years in which something was received are offered; the last year ended, if it is one.
        var years = reports.years();
        int y = years.contains(lastYear) || years.isEmpty() ? lastYear : years.getFirst();
        // an address typed or kept from long ago: said plainly, never a report of another year or service
        var wrong = new ArrayList<org.praxis.web.Problem>();
        if (procedure != null && !procedure.isBlank() && p == null) {
            wrong.add(new org.praxis.web.Problem(
                    "procedure", "Choose children’s social care, adults’ social care or corporate complaints"));
        }
        if (year != null && !year.isBlank()) {
            if (year.strip().matches("\\d{4}")) {
                y = Integer.parseInt(year.strip());
            } else {
                wrong.add(new org.praxis.web.Problem(
                        "year", "Enter the year the report starts in as four digits, such as " + lastYear));
            }
        }
        model.addAttribute("procedure", chosen);
        model.addAttribute("year", y);
        model.addAttribute("years", years);
        try {
            if (!wrong.isEmpty()) {
                throw new org.praxis.web.Refused(
                        wrong.getFirst().fieldName(), wrong.getFirst().message());
            }
            model.addAttribute("report", reports.report(chosen, y));
        } catch (org.praxis.web.Refused e) {
            // A publish refused for the same reason has said so already.
            if (!(model.getAttribute("problems") instanceof List<?> flashed) || flashed.isEmpty()) {
                model.addAttribute("problems", e.problems());
            }
        }
        model.addAttribute("publisher", CurrentUser.require().has(Role.COMPLAINTS_MANAGER));
        model.addAttribute("publishable", y <= lastYear);
        return "complaints/annual-report";
    }

    @GetMapping("/annual-report/{procedure}/{year}.pdf")
    @PreAuthorize(Policies.COMPLAINT_TREND_READERS)
    void pdf(
            @PathVariable String procedure,
            @PathVariable int year,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        var report = download(procedure, year, "application/pdf", "pdf", request, response);
        if (report == null) {
            return;
        }
        var context = new Context(Locale.UK);
        context.setVariable("report", report);
        response.getOutputStream()
                .write(PdfDocument.fromHtml(templates.process("complaints/annual-report-pdf", context)));
    }

    @GetMapping("/annual-report/{procedure}/{year}.xlsx")
    @PreAuthorize(Policies.COMPLAINT_TREND_READERS)
    void xlsx(
            @PathVariable String procedure,
            @PathVariable int year,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        var report = download(
                procedure,
                year,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "xlsx",
                request,
                response);
        if (report == null) {
            return;
        }
        try (var sheet = new SpreadsheetWriter(response.getOutputStream())) {
            int n = 1;
            for (var table : report.tables()) {
                sheet.startSheet(n++ + " " + shortName(table.caption()));
                sheet.row(List.of(table.caption()));
                sheet.row(new ArrayList<Object>(table.columns()));
                for (var row : table.rows()) {
                    sheet.row(new ArrayList<Object>(row));
                }
            }
            sheet.startSheet(n + " Learning");
            sheet.row(List.of("Learning and changes made"));
            sheet.row(List.of("Learning", "Complaints it came from"));
            for (var l : report.learning()) {
                sheet.row(List.of(l.text(), l.complaints()));
            }
        }
    }

    /**
     * The report, with the download's type and file name set; or, for a year with nothing to report, null and the
     * report's page, which says why.
     */
    private AnnualReports.Report download(
            String procedure,
            int year,
            String contentType,
            String extension,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        var p = procedureOf(procedure);
        try {
            var report = reports.report(p, year);
            response.setContentType(contentType);
            response.setHeader(
                    "Content-Disposition",
                    "attachment; filename=\"complaints-" + p.name().toLowerCase(Locale.ROOT) + "-" + year + "."
                            + extension + "\"");
            return report;
        } catch (org.praxis.web.Refused e) {
            response.sendRedirect(
                    request.getContextPath() + "/complaints/annual-report?procedure=" + p.name() + "&year=" + year);
            return null;
        }
    }

    private static String shortName(String caption) {
        var name = caption.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return name.length() > 26 ? name.substring(0, 26) : name;
    }

    private static Procedure procedureOf(String name) {
        var p = FormValues.parse(Procedure.class, name.toUpperCase(Locale.ROOT));
        if (p == null) {
            throw new org.praxis.web.NotFound();
        }
        return p;
    }

    @PostMapping("/annual-report/{procedure}/{year}/publish")
    @PreAuthorize(Policies.COMPLAINTS_MANAGERS)
    String publish(@PathVariable String procedure, @PathVariable int year, RedirectAttributes redirect) {
        var p = procedureOf(procedure);
        try {
            reports.publish(CurrentUser.require(), p, year);
            redirect.addFlashAttribute("saved", "Report published: its figures are now frozen");
        } catch (org.praxis.web.Refused e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/complaints/annual-report?procedure=" + p.name() + "&year=" + year;
    }
}
