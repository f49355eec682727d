package org.praxis.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.praxis.documents.BarChart;
import org.praxis.documents.SpreadsheetWriter;
import org.praxis.documents.TrendChart;
import org.praxis.identity.Policies;
import org.praxis.standards.CareService;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;
import org.praxis.web.Cell;
import org.praxis.web.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Findings: per programme (page and spreadsheet) and over time. Aggregates only, for QA leads and leaders. */
@Controller
@RequestMapping("/audit")
class FindingsController {

    /** A table of the report: its caption, headings and rows. */
    record Table(String caption, List<String> head, List<List<Cell>> rows) {}

    private final Findings findings;
    private final org.thymeleaf.ITemplateEngine templates;
    private final String council;
    private final java.time.Clock clock;
    private final SmallNumbers rules;

    FindingsController(
            Findings findings,
            org.thymeleaf.ITemplateEngine templates,
            @org.springframework.beans.factory.annotation.Value("${praxis.council.name}") String council,
            java.time.Clock clock,
            SmallNumbers rules) {
        this.findings = findings;
        this.rules = rules;
        this.templates = templates;
        this.council = council;
        this.clock = clock;
    }

    /** The programme report as a PDF: the page's figures and tables, from the same findings. */
    @GetMapping("/programmes/{id}/findings.pdf")
    @PreAuthorize(Policies.REPORT_READERS)
    void pdf(@PathVariable long id, HttpServletResponse response) throws IOException {
        var f = findings.forProgramme(id).orElseThrow(() -> new NotFound());
        var context = new org.thymeleaf.context.Context(java.util.Locale.UK);
        context.setVariable("f", f);
        context.setVariable("council", council);
        context.setVariable("today", java.time.LocalDate.now(clock).format(AuditPages.DAY));
        context.setVariable("gradeChart", BarChart.pngDataUri(gradeBars(f), "Audits"));
        context.setVariable("gradeChartAlt", BarChart.altText("audits by overall grade", gradeBars(f)));
        var tables = new ArrayList<Table>();
        tables.add(new Table("Audits by overall grade", List.of("Grade", "Audits", "Share"), gradeRows(f)));
        tables.add(new Table("By team", List.of("Team", "Audits", "Good or better"), countRows(f.byTeam())));
        tables.add(new Table(
                "By practice standard (graded questions)",
                List.of("Standard", "Graded answers", "Good or better"),
                countRows(f.byStandard())));
        f.byEquality()
                .forEach((k, v) -> tables.add(new Table(k, List.of(k, "Audits", "Good or better"), countRows(v))));
        tables.add(new Table("Strengths", List.of("Theme", "Audits"), themeRows(f.strengths())));
        tables.add(new Table("Areas for development", List.of("Theme", "Audits"), themeRows(f.development())));
        context.setVariable("tables", tables);
        var pdf = org.praxis.documents.PdfDocument.fromHtml(templates.process("audit/findings-report", context));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"programme-" + id + "-findings.pdf\"");
        response.getOutputStream().write(pdf);
    }

    private static List<BarChart.Bar> gradeBars(Findings.ProgrammeFindings f) {
        var bars = new ArrayList<BarChart.Bar>();
        for (var g : Grade.values()) {
            bars.add(new BarChart.Bar(g.label(), f.grades().get(g)));
        }
        return bars;
    }

    private static List<List<Cell>> gradeRows(Findings.ProgrammeFindings f) {
        var rows = new ArrayList<List<Cell>>();
        for (var g : Grade.values()) {
            int count = f.grades().get(g);
            rows.add(List.of(
                    Cell.text(g.label()),
                    Cell.number(count),
                    Cell.text(f.submitted() == 0 ? "–" : Share.percent((double) count / f.submitted()))));
        }
        return rows;
    }

    @GetMapping("/programmes/{id}/findings")
    @PreAuthorize(Policies.REPORT_READERS)
    String programme(@PathVariable long id, Model model) {
        var f = findings.forProgramme(id).orElseThrow(() -> new NotFound());
        model.addAttribute("f", f);
        model.addAttribute("gradeChart", BarChart.dataUri(gradeBars(f), "Audits"));
        model.addAttribute("gradeRows", gradeRows(f));
        model.addAttribute("teamRows", countRows(f.byTeam()));
        model.addAttribute("standardRows", countRows(f.byStandard()));
        var equality = new java.util.LinkedHashMap<String, List<List<Cell>>>();
        f.byEquality().forEach((k, v) -> equality.put(k, countRows(v)));
        model.addAttribute("equalityRows", equality);
        model.addAttribute("strengthRows", themeRows(f.strengths()));
        model.addAttribute("developmentRows", themeRows(f.development()));
        return "audit/findings";
    }

    @GetMapping("/programmes/{id}/findings.xlsx")
    @PreAuthorize(Policies.REPORT_READERS)
    void spreadsheet(@PathVariable long id, HttpServletResponse response) throws IOException {
        var f = findings.forProgramme(id).orElseThrow(() -> new NotFound());
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"programme-" + id + "-findings.xlsx\"");
        try (var out = new SpreadsheetWriter(response.getOutputStream())) {
            out.startSheet("Summary", 44, 40);
            out.row(List.of("Programme", f.programme().name()));
            out.row(List.of("Audits submitted", f.submitted()));
            out.row(List.of("Sample", f.programme().sampleSize()));
            out.row(List.of("Population", f.programme().populationSize()));
            out.row(List.of(
                    "Estimated share good or better",
                    f.estimate().known()
                            ? new SpreadsheetWriter.Percent(f.estimate().share())
                            : ""));
            out.row(List.of(
                    "95% interval from",
                    f.estimate().known()
                            ? new SpreadsheetWriter.Percent(f.estimate().lower())
                            : ""));
            out.row(List.of(
                    "95% interval to",
                    f.estimate().known()
                            ? new SpreadsheetWriter.Percent(f.estimate().upper())
                            : ""));
            out.row(List.of(
                    "Marked: fewer than " + f.estimate().rules().fewestTrusted() + " audits",
                    f.estimate().marked() ? "Yes: treat with care" : "No"));
            out.row(List.of(
                    "Groups with fewer than " + f.estimate().rules().fewestShown() + " audits",
                    String.join(", ", f.estimate().unreliableStrata())));
            out.startSheet("Grades", 30, 12);
            out.row(List.of("Grade", "Audits"));
            for (var g : Grade.values()) {
                out.row(List.of(g.label(), f.grades().get(g)));
            }
            countSheet(out, "By team", "Team", f.byTeam());
            countSheet(out, "By standard", "Standard", f.byStandard());
            for (var e : f.byEquality().entrySet()) {
                countSheet(out, "By " + e.getKey().toLowerCase(java.util.Locale.ROOT), e.getKey(), e.getValue());
            }
            out.startSheet("Themes", 24, 40, 12);
            out.row(List.of("Kind", "Theme", "Audits"));
            for (var t : f.strengths()) {
                out.row(List.of("Strength", t.tag(), t.count()));
            }
            for (var t : f.development()) {
                out.row(List.of("Area for development", t.tag(), t.count()));
            }
        }
    }

    @GetMapping("/findings")
    @PreAuthorize(Policies.REPORT_READERS)
    String overTime(@RequestParam(name = "service", required = false) String service, Model model) {
        var chosen = "ADULTS".equals(service) ? CareService.ADULTS : CareService.CHILDREN;
        var trend = findings.overTime(chosen);
        model.addAttribute("service", chosen);
        model.addAttribute("services", List.of(CareService.CHILDREN, CareService.ADULTS));
        model.addAttribute(
                "rows",
                trend.stream()
                        .map(t -> List.of(
                                Cell.link(t.name(), "/audit/programmes/" + t.programmeId() + "/findings"),
                                Cell.text(t.created().format(AuditPages.DAY)),
                                Cell.number(t.submitted()),
                                Cell.text(t.estimate().sentence()),
                                Cell.text(t.change()
                                        .map(SmallNumbers.Change::words)
                                        .orElse("–"))))
                        .toList());
        // Each point with its interval; a programme resting on few audits is starred at the start of its label (a long
        // label is shortened at its end).
        model.addAttribute(
                "chart",
                TrendChart.dataUri(
                        trend.stream()
                                .map(t -> t.estimate().known()
                                        ? new TrendChart.Point(
                                                (t.estimate().marked() ? "* " : "") + t.name(),
                                                t.estimate().share() * 100,
                                                t.estimate().lower() * 100,
                                                t.estimate().upper() * 100)
                                        : new TrendChart.Point(t.name(), null, null, null))
                                .toList(),
                        "Estimated % good or better"));
        model.addAttribute(
                "anyMarked",
                trend.stream()
                        .anyMatch(t -> t.estimate().known() && t.estimate().marked()));
        model.addAttribute("fewestTrusted", rules.fewestTrusted());
        model.addAttribute("empty", trend.stream().noneMatch(t -> t.estimate().known()));
        return "audit/findings-over-time";
    }

    private static void countSheet(SpreadsheetWriter out, String sheet, String heading, List<Findings.Count> counts)
            throws IOException {
        out.startSheet(sheet, 40, 12, 16, 22);
        out.row(List.of(heading, "Audits", "Good or better", "Share good or better"));
        for (var c : counts) {
            // Small groups keep their count but not their share, as on screen.
            out.row(List.of(
                    c.label(),
                    c.audits(),
                    c.shown() ? c.goodOrBetter() : "",
                    c.shown() && c.audits() > 0
                            ? new SpreadsheetWriter.Percent((double) c.goodOrBetter() / c.audits())
                            : ""));
        }
    }

    private static List<List<Cell>> countRows(List<Findings.Count> counts) {
        return counts.stream()
                .map(c -> List.of(Cell.text(c.label()), Cell.number(c.audits()), Cell.text(c.share())))
                .toList();
    }

    private static List<List<Cell>> themeRows(List<Findings.Theme> themes) {
        return themes.stream()
                .limit(15)
                .map(t -> List.of(Cell.text(t.tag()), Cell.number(t.count())))
                .toList();
    }
}
