package org.praxis.actions;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.praxis.documents.CsvExport;
import org.praxis.documents.SpreadsheetWriter;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.web.Cell;
import org.praxis.web.DateInput;
import org.praxis.web.FormValues;
import org.praxis.web.ListPage;
import org.praxis.web.Option;
import org.praxis.web.PageOf;
import org.praxis.web.Problem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "My actions", "Team actions" and "All actions": each filtered by status, source, team, owner, overdue and due date,
 * a page at a time, and downloadable as CSV or XLSX with the same filters.
 */
@Controller
@RequestMapping("/actions")
class ActionListController {

    /** The filters as typed, in the page's order; every one may be empty. */
    record FilterForm(
            String status,
            String source,
            String team,
            String owner,
            String overdue,
            DateInput dueFrom,
            DateInput dueTo) {}

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final ActionSearch search;

    ActionListController(ActionSearch search) {
        this.search = search;
    }

    @GetMapping
    @PreAuthorize(Policies.STAFF)
    String mine(
            @ModelAttribute("filters") FilterForm form,
            BindingResult result,
            @RequestParam(name = "page", required = false) Integer page,
            Model model) {
        return list(model, "My actions", "/actions", mineScope(), form, result, page);
    }

    @GetMapping("/team")
    @PreAuthorize(Policies.TEAM_MANAGERS)
    String team(
            @ModelAttribute("filters") FilterForm form,
            BindingResult result,
            @RequestParam(name = "page", required = false) Integer page,
            Model model) {
        return list(model, "Team actions", "/actions/team", teamScope(), form, result, page);
    }

    @GetMapping("/all")
    @PreAuthorize(Policies.REPORT_READERS)
    String all(
            @ModelAttribute("filters") FilterForm form,
            BindingResult result,
            @RequestParam(name = "page", required = false) Integer page,
            Model model) {
        return list(model, "All actions", "/actions/all", ActionSearch.Scope.everyone(), form, result, page);
    }

    @GetMapping("/export.csv")
    @PreAuthorize(Policies.STAFF)
    void mineCsv(@ModelAttribute("filters") FilterForm form, BindingResult result, HttpServletResponse response)
            throws IOException {
        csv(mineScope(), "mine", form, result, response);
    }

    @GetMapping("/team/export.csv")
    @PreAuthorize(Policies.TEAM_MANAGERS)
    void teamCsv(@ModelAttribute("filters") FilterForm form, BindingResult result, HttpServletResponse response)
            throws IOException {
        csv(teamScope(), "team", form, result, response);
    }

    @GetMapping("/all/export.csv")
    @PreAuthorize(Policies.REPORT_READERS)
    void allCsv(@ModelAttribute("filters") FilterForm form, BindingResult result, HttpServletResponse response)
            throws IOException {
        csv(ActionSearch.Scope.everyone(), "all", form, result, response);
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize(Policies.STAFF)
    void mineXlsx(@ModelAttribute("filters") FilterForm form, BindingResult result, HttpServletResponse response)
            throws IOException {
        xlsx(mineScope(), "mine", form, result, response);
    }

    @GetMapping("/team/export.xlsx")
    @PreAuthorize(Policies.TEAM_MANAGERS)
    void teamXlsx(@ModelAttribute("filters") FilterForm form, BindingResult result, HttpServletResponse response)
            throws IOException {
        xlsx(teamScope(), "team", form, result, response);
    }

    @GetMapping("/all/export.xlsx")
    @PreAuthorize(Policies.REPORT_READERS)
    void allXlsx(@ModelAttribute("filters") FilterForm form, BindingResult result, HttpServletResponse response)
            throws IOException {
        xlsx(ActionSearch.Scope.everyone(), "all", form, result, response);
    }

    /** Every matching action as CSV; a cell a spreadsheet would run as a formula is written as text. */
    private void csv(
            ActionSearch.Scope scope, String name, FilterForm form, BindingResult result, HttpServletResponse response)
            throws IOException {
        var listed = exported(scope, name, "csv", form, result, response);
        if (listed == null) {
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (var csv = CsvExport.writingTo(response.getWriter())) {
            csv.row(HEADINGS.toArray(String[]::new));
            for (var row : listed) {
                csv.row(cells(row).stream()
                        .map(c -> c == null ? "" : c.toString())
                        .toArray(String[]::new));
            }
        }
    }

    /** Every matching action as a workbook: ids and file counts as numbers, dates as yyyy-mm-dd. */
    private void xlsx(
            ActionSearch.Scope scope, String name, FilterForm form, BindingResult result, HttpServletResponse response)
            throws IOException {
        var listed = exported(scope, name, "xlsx", form, result, response);
        if (listed == null) {
            return;
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var out = new SpreadsheetWriter(response.getOutputStream())) {
            out.startSheet("Actions");
            out.row(HEADINGS);
            for (var row : listed) {
                out.row(cells(row).stream()
                        .map(c -> c instanceof LocalDate d ? d.toString() : c)
                        .toList());
            }
        }
    }

    private static final List<String> HEADINGS = List.of(
            "Id",
            "What is to be done",
            "Why",
            "Source",
            "From",
            "Practice standard",
            "Success measure",
            "Priority",
            "Owner",
            "Team",
            "Due date",
            "Status",
            "Overdue",
            "Raised by",
            "Evidence",
            "Evidence files",
            "Why returned",
            "Why cancelled");

    private static List<Object> cells(ActionSearch.ExportRow r) {
        var cells = new ArrayList<Object>();
        cells.add(r.id());
        cells.add(r.title());
        cells.add(r.why());
        cells.add(r.source());
        cells.add(r.sourceLabel());
        cells.add(r.standard());
        cells.add(r.successMeasure());
        cells.add(r.priority().label());
        cells.add(r.owner());
        cells.add(r.team());
        cells.add(r.dueDate());
        cells.add(r.status().label());
        cells.add(r.overdue() ? "Yes" : "No");
        cells.add(r.raisedBy());
        cells.add(r.evidence());
        cells.add(r.evidenceFiles());
        cells.add(r.returnReason());
        cells.add(r.cancelReason());
        return cells;
    }

    /** The rows to export, or null when the filters are not valid (400). The export is written to the access log. */
    private List<ActionSearch.ExportRow> exported(
            ActionSearch.Scope scope,
            String name,
            String extension,
            FilterForm form,
            BindingResult result,
            HttpServletResponse response)
            throws IOException {
        var filter = filter(form, result);
        if (result.hasErrors()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return null;
        }
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"actions-" + name + "-" + LocalDate.now() + "." + extension + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        return search.export(scope, filter, name);
    }

    private static ActionSearch.Scope mineScope() {
        return ActionSearch.Scope.owner(CurrentUser.require().userId());
    }

    private static ActionSearch.Scope teamScope() {
        var user = CurrentUser.require();
        return ActionSearch.Scope.teams(user.teamIds());
    }

    private String list(
            Model model,
            String heading,
            String address,
            ActionSearch.Scope scope,
            FilterForm form,
            BindingResult result,
            Integer page) {
        var filter = filter(form, result);
        model.addAttribute("heading", heading);
        model.addAttribute("address", address);
        model.addAttribute("problems", Problem.allIn(result, FilterForm.class));
        PageOf<Actions.ActionRow> found = result.hasErrors()
                ? new PageOf<>(List.of(), 1, PageOf.DEFAULT_SIZE, 0, address)
                : search.page(scope, filter, ListPage.requested(page));
        model.addAttribute("page", found);
        model.addAttribute(
                "rows",
                found.items().stream()
                        .map(a -> List.of(
                                Cell.link(a.title(), "/actions/" + a.id()),
                                Cell.text(a.sourceLabel()),
                                Cell.text(a.owner()),
                                Cell.text(a.dueDate().format(SHOWN)),
                                a.overdue()
                                        ? Cell.tag("Overdue", "red")
                                        : Cell.tag(
                                                a.status().label(), a.status().colour())))
                        .toList());
        model.addAttribute(
                "statusOptions",
                Arrays.stream(ActionStatus.values())
                        .map(s -> new Option(s.name(), s.label()))
                        .toList());
        model.addAttribute(
                "sourceOptions",
                search.sources(scope).stream()
                        .map(s -> new Option(s, ActionSourceNames.of(s)))
                        .toList());
        model.addAttribute(
                "teamOptions",
                !scope.teamScoped() || scope.teamIds().size() > 1 ? options(search.teams(scope)) : List.of());
        model.addAttribute("ownerOptions", scope.ownerUserId() == null ? options(search.owners(scope)) : List.of());
        model.addAttribute("overdueOptions", List.of(new Option("yes", "Only overdue actions")));
        var query = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page")
                .build()
                .getQuery();
        model.addAttribute("exportQuery", query == null ? "" : "?" + query);
        var user = CurrentUser.require();
        model.addAttribute("isManager", user.has(Role.MANAGER));
        model.addAttribute("seesAll", user.has(Role.QA_LEAD) || user.has(Role.LEADER));
        return "actions/list";
    }

    private static List<Option> options(Map<Long, String> byId) {
        return byId.entrySet().stream()
                .map(e -> new Option(String.valueOf(e.getKey()), e.getValue()))
                .toList();
    }

    /** The filter from the form; a date that is not a real date, or a range the wrong way round, is a problem. */
    static ActionSearch.Filter filter(FilterForm form, BindingResult result) {
        var status = Arrays.stream(ActionStatus.values())
                .filter(s -> s.name().equals(form.status()))
                .findFirst()
                .orElse(null);
        var from = form.dueFrom() == null
                ? null
                : form.dueFrom().toDate("dueFrom", "Due from", result).orElse(null);
        var to = form.dueTo() == null
                ? null
                : form.dueTo().toDate("dueTo", "Due to", result).orElse(null);
        if (from != null && to != null && to.isBefore(from)) {
            result.rejectValue("dueTo", "range", "Due to must be the same as or after due from");
        }
        return new ActionSearch.Filter(
                status,
                form.source() == null || form.source().isBlank() ? null : form.source(),
                FormValues.id(form.team()),
                FormValues.id(form.owner()),
                "yes".equals(form.overdue()),
                from,
                to);
    }
}
