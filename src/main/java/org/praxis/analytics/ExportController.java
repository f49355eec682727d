package org.praxis.analytics;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.praxis.documents.CsvExport;
import org.praxis.documents.SpreadsheetWriter;
import org.praxis.identity.Policies;
import org.praxis.web.NotFound;
import org.praxis.web.Problem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Exports for analysts: each dataset between two dates as CSV (formula-neutralised) or XLSX (header frozen, columns
 * sized, numbers as numbers), streamed to the browser as the rows are read, and written to the access log.
 */
@Controller
@RequestMapping("/exports")
class ExportController {

    private final AnalystData data;
    private final Clock clock;

    ExportController(AnalystData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    record Link(String title, String description, String csv, String xlsx, String api) {}

    /** The dates as typed, for the page's form. */
    record DatesForm(String from, String to) {}

    @GetMapping
    @PreAuthorize(Policies.REPORT_READERS)
    String page(
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            Model model) {
        var window = window(from, to);
        var form = new DatesForm(
                from == null ? window.from().toString() : from,
                to == null ? window.to().toString() : to);
        var result = new org.springframework.validation.BeanPropertyBindingResult(form, "form");
        window.problems().forEach(p -> result.rejectValue(p.fieldName(), "date", p.message()));
        model.addAttribute("form", form);
        model.addAttribute(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + "form", result);
        model.addAttribute("problems", window.problems());
        model.addAttribute("from", window.from());
        model.addAttribute("to", window.to());
        // The default dates need no query, so each download's address ends in .csv or .xlsx.
        var query = from == null && to == null ? "" : "?from=" + window.from() + "&to=" + window.to();
        model.addAttribute(
                "links",
                Arrays.stream(Dataset.values())
                        .map(d -> new Link(
                                d.title(),
                                d.description(),
                                "/exports/" + d.slug() + ".csv" + query,
                                "/exports/" + d.slug() + ".xlsx" + query,
                                "/api/data/" + d.slug() + query))
                        .toList());
        return "analytics/exports";
    }

    @GetMapping("/{dataset}.csv")
    @PreAuthorize(Policies.REPORT_READERS)
    void csv(
            @PathVariable String dataset,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            HttpServletResponse response)
            throws IOException {
        var set = Dataset.bySlug(dataset).orElseThrow(NotFound::new);
        var window = window(from, to).orRefuse();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"praxis-" + set.slug() + "-" + window.from() + "-to-" + window.to() + ".csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        // A byte order mark, so that Excel reads the names and free text as UTF-8.
        writer.write('\uFEFF');
        try (var csv = CsvExport.writingTo(writer)) {
            csv.row(set.columns().stream().map(Dataset::heading).toArray(String[]::new));
            data.rows(
                    set,
                    window.from(),
                    window.to(),
                    0,
                    Integer.MAX_VALUE,
                    "CSV",
                    row -> csv.row(row.values().stream()
                            .map(v -> v == null ? "" : v.toString())
                            .toArray(String[]::new)));
        }
    }

    @GetMapping("/{dataset}.xlsx")
    @PreAuthorize(Policies.REPORT_READERS)
    void xlsx(
            @PathVariable String dataset,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            HttpServletResponse response)
            throws IOException {
        var set = Dataset.bySlug(dataset).orElseThrow(NotFound::new);
        var window = window(from, to).orRefuse();
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"praxis-" + set.slug() + "-" + window.from() + "-to-" + window.to() + ".xlsx\"");
        try (var out = SpreadsheetWriter.inlineStrings(response.getOutputStream())) {
            out.startSheet(
                    set.title().length() > 31 ? set.title().substring(0, 31) : set.title(),
                    set.columns().stream().mapToDouble(ExportController::width).toArray());
            out.row(set.columns().stream().map(Dataset::heading).toList());
            data.rows(set, window.from(), window.to(), 0, Integer.MAX_VALUE, "XLSX", row -> {
                try {
                    var cells = new ArrayList<Object>();
                    for (var v : row.values()) {
                        // Dates as text in ISO form (2026-11-30), which Excel and Power BI read as dates.
                        cells.add(v instanceof LocalDate d ? d.toString() : v);
                    }
                    out.row(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static double width(String column) {
        return switch (column) {
            case "question", "answer", "title", "raisedFrom", "agreementNote", "standards", "theme" -> 60;
            case "programme", "team", "service", "auditor", "moderator", "owner", "verifiedBy", "raisedBy" -> 30;
            default -> Math.max(12, Dataset.heading(column).length() + 2);
        };
    }

    /** The dates asked for: from the start of the year to today unless given; each checked, by name. */
    record Window(LocalDate from, LocalDate to, List<Problem> problems) {
        Window orRefuse() {
            if (!problems.isEmpty()) {
                throw new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.BAD_REQUEST,
                        problems.getFirst().message());
            }
            return this;
        }
    }

    Window window(String from, String to) {
        return window(from, to, LocalDate.now(clock));
    }

    static Window window(String from, String to, LocalDate today) {
        var problems = new ArrayList<Problem>();
        var start = date(from, "from", "The start date", problems).orElse(today.withDayOfYear(1));
        var end = date(to, "to", "The end date", problems).orElse(today);
        if (problems.isEmpty() && end.isBefore(start)) {
            problems.add(new Problem("to", "The end date must be the same as or after the start date"));
        }
        return new Window(start, end, problems);
    }

    private static java.util.Optional<LocalDate> date(String text, String field, String label, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(LocalDate.parse(text.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new Problem(field, label + " must be a real date written as 2026-11-30, not “" + text + "”"));
            return java.util.Optional.empty();
        }
    }
}
