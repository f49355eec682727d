package org.praxis.practiceweek;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.praxis.documents.BarChart;
import org.praxis.documents.PdfDocument;
import org.praxis.documents.SpreadsheetWriter;
import org.praxis.identity.Policies;
import org.praxis.web.Cell;
import org.praxis.web.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** The week's report as a page, a PDF from the same figures, and a spreadsheet. */
@Controller
@RequestMapping("/practice-week/{weekId}")
class ReportController {

    private final WeekReport reports;
    private final TemplateEngine templates;
    private final String council;

    ReportController(WeekReport reports, TemplateEngine templates, @Value("${praxis.council.name}") String council) {
        this.reports = reports;
        this.templates = templates;
        this.council = council;
    }

    private WeekReport.Report report(long weekId) {
        return reports.of(weekId).orElseThrow(() -> new NotFound());
    }

    /** Each figure with this week's value and last time's. */
    private static List<List<Cell>> comparison(WeekReport.Report r) {
        var rows = new ArrayList<List<Cell>>();
        var before = r.previous().map(WeekReport.Figures::named).orElse(null);
        r.figures()
                .named()
                .forEach((name, value) -> rows.add(List.of(
                        Cell.text(name),
                        Cell.number(value),
                        before == null ? Cell.text("–") : Cell.number(before.get(name)))));
        return rows;
    }

    private static List<BarChart.Bar> themeBars(WeekReport.Report r) {
        return r.themes().stream()
                .limit(12)
                .map(t -> new BarChart.Bar(t.theme(), t.visits()))
                .toList();
    }

    private static List<List<Cell>> themeRows(WeekReport.Report r) {
        return r.themes().stream()
                .map(t -> List.of(Cell.text(t.theme()), Cell.number(t.visits())))
                .toList();
    }

    private static List<List<Cell>> actionRows(WeekReport.Report r) {
        return r.actions().stream()
                .map(a -> List.of(
                        Cell.link(a.title(), "/actions/" + a.id()),
                        Cell.text(a.owner()),
                        Cell.text(PracticeWeekPages.day(a.dueDate())),
                        Cell.text(a.status().label() + (a.overdue() ? " (overdue)" : ""))))
                .toList();
    }

    private static String lastTime(WeekReport.Report r) {
        return r.previousWeek().map(PracticeWeeks.Week::name).orElse("Last time");
    }

    @GetMapping("/report")
    @PreAuthorize(Policies.REPORT_READERS)
    String page(@PathVariable long weekId, Model model) {
        var r = report(weekId);
        model.addAttribute("r", r);
        model.addAttribute("lastTime", lastTime(r));
        model.addAttribute("comparison", comparison(r));
        model.addAttribute("themeRows", themeRows(r));
        model.addAttribute("themeChart", r.themes().isEmpty() ? null : BarChart.dataUri(themeBars(r), "Visits"));
        model.addAttribute("actionRows", actionRows(r));
        return "practiceweek/report";
    }

    @GetMapping("/report.pdf")
    @PreAuthorize(Policies.REPORT_READERS)
    void pdf(@PathVariable long weekId, HttpServletResponse response) throws IOException {
        var r = report(weekId);
        var context = new Context(Locale.UK);
        context.setVariable("r", r);
        context.setVariable("council", council);
        context.setVariable("lastTime", lastTime(r));
        context.setVariable("comparison", comparison(r));
        context.setVariable("themeRows", themeRows(r));
        context.setVariable("themeChart", r.themes().isEmpty() ? null : BarChart.pngDataUri(themeBars(r), "Visits"));
        context.setVariable(
                "themeChartAlt", BarChart.altText("themes by the number of visits that named them", themeBars(r)));
        context.setVariable("actionRows", actionRows(r));
        var pdf = PdfDocument.fromHtml(templates.process("practiceweek/report-pdf", context));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"practice-week-" + weekId + "-report.pdf\"");
        response.getOutputStream().write(pdf);
    }

    @GetMapping("/report.xlsx")
    @PreAuthorize(Policies.REPORT_READERS)
    void spreadsheet(@PathVariable long weekId, HttpServletResponse response) throws IOException {
        var r = report(weekId);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"practice-week-" + weekId + "-report.xlsx\"");
        try (var out = new SpreadsheetWriter(response.getOutputStream())) {
            out.startSheet("Summary");
            out.row(List.of("Figure", r.week().name(), lastTime(r)));
            var before = r.previous().map(WeekReport.Figures::named).orElse(null);
            for (var e : r.figures().named().entrySet()) {
                out.row(List.of(e.getKey(), e.getValue(), before == null ? "" : before.get(e.getKey())));
            }
            out.startSheet("Themes");
            out.row(List.of("Theme", "Visits"));
            for (var t : r.themes()) {
                out.row(List.of(t.theme(), t.visits()));
            }
            out.startSheet("Strengths");
            out.row(List.of("What went well"));
            for (var s : r.strengths()) {
                out.row(List.of(s));
            }
            out.startSheet("Areas for development");
            out.row(List.of("What could be better"));
            for (var s : r.development()) {
                out.row(List.of(s));
            }
            out.startSheet("Quotes");
            out.row(List.of("Approved quote"));
            for (var q : r.quotes()) {
                out.row(List.of(q));
            }
            out.startSheet("Actions");
            out.row(List.of("Action", "Owner", "Due", "Status", "Overdue"));
            for (var a : r.actions()) {
                out.row(List.of(a.title(), a.owner(), a.dueDate(), a.status().label(), a.overdue() ? "Yes" : "No"));
            }
        }
    }
}
