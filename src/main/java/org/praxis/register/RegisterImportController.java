package org.praxis.register;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.praxis.accesslog.AccessLog;
import org.praxis.documents.CsvExport;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.register.imports.ImportConfirmation;
import org.praxis.register.imports.ImportRuns;
import org.praxis.register.imports.RegisterImport;
import org.praxis.register.imports.SharpChange;
import org.praxis.register.reading.RejectedFile;
import org.praxis.register.reading.UploadedFiles;
import org.praxis.web.Cell;
import org.praxis.web.DateInput;
import org.praxis.web.FormValues;
import org.praxis.web.ListPage;
import org.praxis.web.NotFound;
import org.praxis.web.OneOf;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.RealDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Import Annex A on screen: upload, watch progress list by list (or leave and come back), read the problem report. */
@Controller
@RequestMapping("/register/imports")
class RegisterImportController {

    private static final int PROBLEMS_PER_PAGE = 50;

    /**
     * The import form's fields after the files (which come first on the page, and are read as a request part): in
     * the page's order. A date in the future is refused by the controller.
     */
    record ImportForm(
            @RealDate(label = "The as-at date", blank = "Enter the date the lists were run, for example 20 11 2026")
            DateInput asAt,

            @OneOf(value = ImportRuns.RowHandling.class, message = "Choose what to do with rows that have problems")
            String rowHandling,

            @OneOf(value = MissingLists.class, message = "Choose what to do if a list is missing")
            String missingLists) {}

    /** What to do when the file leaves out some of the Annex A lists. */
    enum MissingLists {
        REFUSE_FILE,
        MARK_NOT_PROVIDED
    }

    static final List<Option> HANDLING_OPTIONS = List.of(
            new Option("REJECT_FILE", "Import nothing if any row has a problem"),
            new Option("QUARANTINE_ROWS", "Import the rows without problems and hold back the rest"));

    static final List<Option> MISSING_LIST_OPTIONS = List.of(
            new Option("REFUSE_FILE", "Import nothing: every list must be in the file, even if it has only headings"),
            new Option(
                    "MARK_NOT_PROVIDED",
                    "Import the lists that are there, and mark the missing ones “not provided” (their cases are left"
                            + " out of the snapshot, not counted as closed)"));

    private final RegisterImport importer;
    private final ImportRuns runs;
    private final ImportConfirmation confirmation;
    private final SharpChange sharpChange;
    private final AccessLog accessLog;
    private final Clock clock;

    RegisterImportController(
            RegisterImport importer,
            ImportRuns runs,
            ImportConfirmation confirmation,
            SharpChange sharpChange,
            AccessLog accessLog,
            Clock clock) {
        this.importer = importer;
        this.runs = runs;
        this.confirmation = confirmation;
        this.sharpChange = sharpChange;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(Policies.REGISTER_IMPORTERS)
    String list(@RequestParam(name = "page", required = false) Integer page, Model model) {
        var requested = ListPage.requested(page);
        var items = runs.recent((int) requested.offset(), requested.size());
        var found = requested.of(items, runs.count());
        model.addAttribute("page", found);
        model.addAttribute(
                "rows",
                items.stream()
                        .map(r -> List.of(
                                Cell.link(
                                        r.startedAt().format(RegisterController.DAY) + " "
                                                + r.startedAt().toLocalTime().withNano(0),
                                        "/register/imports/" + r.id()),
                                Cell.text(r.fileNames()),
                                Cell.text(r.asAt().format(RegisterController.DAY)),
                                Cell.text(r.requestedBy()),
                                statusTag(r.status())))
                        .toList());
        return "register/import-list";
    }

    static Cell statusTag(ImportRuns.Status status) {
        return switch (status) {
            case RUNNING -> Cell.tag("Running", "blue");
            case IMPORTED -> Cell.tag("Imported", "green");
            case REJECTED -> Cell.tag("Rejected", "red");
            case FAILED -> Cell.tag("Failed", "red");
            case CANCELLED -> Cell.tag("Cancelled", "grey");
            case AWAITING_CONFIRMATION -> Cell.tag("Waiting for confirmation", "yellow");
        };
    }

    @GetMapping("/new")
    @PreAuthorize(Policies.REGISTER_IMPORTERS)
    String form(Model model) {
        model.addAttribute("form", new ImportForm(DateInput.of(LocalDate.now(clock)), "REJECT_FILE", "REFUSE_FILE"));
        return form(model, List.of());
    }

    private String form(Model model, List<Problem> problems) {
        model.addAttribute("problems", problems);
        model.addAttribute("handlingOptions", HANDLING_OPTIONS);
        model.addAttribute("missingListOptions", MISSING_LIST_OPTIONS);
        return "register/import-form";
    }

    @PostMapping("/new")
    @PreAuthorize(Policies.REGISTER_IMPORTERS)
    String upload(
            @Valid @ModelAttribute("form") ImportForm form,
            BindingResult result,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model) {
        var asAt = form.asAt() == null
                ? java.util.Optional.<LocalDate>empty()
                : form.asAt().date();
        if (asAt.isPresent() && asAt.get().isAfter(LocalDate.now(clock))) {
            result.rejectValue("asAt", "future", "The as-at date must be today or in the past");
        }
        var uploaded = UploadedFiles.chosen(files);
        var problems = new ArrayList<>(Problem.allIn(result, ImportForm.class));
        if (uploaded.isEmpty()) {
            problems.addFirst(new Problem("files", "Select the Annex A workbook, or its lists as CSV files"));
        }
        if (!problems.isEmpty()) {
            model.addAttribute("filesProblem", uploaded.isEmpty());
            return form(model, problems);
        }
        var saved = UploadedFiles.save(uploaded);
        long id;
        try {
            id = importer.start(
                    new RegisterImport.Request(
                                    saved.files(),
                                    asAt.get(),
                                    FormValues.parse(ImportRuns.RowHandling.class, form.rowHandling()),
                                    CurrentUser.require().username())
                            .allowingMissingLists(
                                    MissingLists.MARK_NOT_PROVIDED.name().equals(form.missingLists())),
                    saved::close);
        } catch (RejectedFile e) {
            saved.close();
            model.addAttribute("filesProblem", true);
            return form(model, List.of(new Problem("files", e.getMessage())));
        }
        return "redirect:/register/imports/" + id;
    }

    @GetMapping("/{id}")
    @PreAuthorize(Policies.REGISTER_IMPORTERS)
    String view(@PathVariable String id, @RequestParam(name = "page", required = false) Integer page, Model model) {
        var run = find(id);
        model.addAttribute("run", run);
        var requested = ListPage.requested(page);
        var listPage = new ListPage(requested.number(), PROBLEMS_PER_PAGE, requested.baseUri());
        var problems = runs.problems(run.id(), listPage.offset(), PROBLEMS_PER_PAGE);
        model.addAttribute("problemPage", listPage.of(problems, runs.storedProblemCount(run.id())));
        model.addAttribute(
                "problemRows",
                problems.stream()
                        .map(p -> List.of(
                                Cell.text(p.list()),
                                Cell.number(p.row()),
                                Cell.text(p.column()),
                                Cell.text(p.value()),
                                Cell.text(p.problem())))
                        .toList());
        model.addAttribute(
                "sharpChange",
                run.status() == ImportRuns.Status.AWAITING_CONFIRMATION
                        ? sharpChange.compare(run.source(), run.snapshotId()).orElse(null)
                        : null);
        model.addAttribute(
                "ignored",
                run.ignoredColumns() == null || run.ignoredColumns().isBlank()
                        ? List.of()
                        : List.of(run.ignoredColumns().split("\n")));
        return "register/import-view";
    }

    /** A QA lead stops a run (one that is taking too long, or was started with the wrong file). */
    @PostMapping("/{id}/cancel")
    @PreAuthorize(Policies.REGISTER_IMPORTERS)
    String cancel(@PathVariable String id) {
        var run = find(id);
        runs.requestCancel(run.id(), CurrentUser.require().username());
        return "redirect:/register/imports/" + run.id();
    }

    /** The person who imported (or another importer) says the sharp change is right: the import becomes the register. */
    @PostMapping("/{id}/confirm")
    @PreAuthorize(Policies.REGISTER_IMPORTERS)
    String confirm(@PathVariable String id) {
        var run = find(id);
        confirmation.confirm(run.id(), CurrentUser.require().username());
        return "redirect:/register/imports/" + run.id();
    }

    /** The sharp change was a mistake (a test file, the wrong list): the held snapshot is withdrawn. */
    @PostMapping("/{id}/discard")
    @PreAuthorize(Policies.REGISTER_IMPORTERS)
    String discard(@PathVariable String id) {
        var run = find(id);
        confirmation.discard(run.id(), CurrentUser.require().username());
        return "redirect:/register/imports/" + run.id();
    }

    /** The progress panel alone, for the page to poll while the import runs (with JavaScript). */
    @GetMapping("/{id}/progress")
    @PreAuthorize(Policies.REGISTER_IMPORTERS)
    String progress(@PathVariable String id, Model model, HttpServletResponse response) {
        var run = find(id);
        if (!run.running()) {
            // Finished: reload the whole page to show the result and the report.
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("run", run);
        return "register/import-view :: progress";
    }

    /** The problem report as CSV: every stored problem, with list, row, column, value and problem. */
    @GetMapping("/{id}/problems.csv")
    @PreAuthorize(Policies.REGISTER_IMPORTERS)
    @Transactional
    void problemsCsv(@PathVariable String id, HttpServletResponse response) throws IOException {
        var run = find(id);
        accessLog.exported("Register import problems", run.id());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + run.id() + "-problems.csv\"");
        var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (var csv = CsvExport.writingTo(out)) {
            csv.row("List", "Row", "Column", "Value", "Problem", "Held back");
            long offset = 0;
            List<ImportRuns.RowProblem> chunk;
            do {
                chunk = runs.problems(run.id(), offset, 1000);
                for (var p : chunk) {
                    csv.row(
                            p.list(),
                            String.valueOf(p.row()),
                            p.column(),
                            p.value(),
                            p.problem(),
                            p.warning()
                                    ? "no (a warning: the row was imported as read)"
                                    : run.status() == ImportRuns.Status.IMPORTED ? "yes" : "no (nothing imported)");
                }
                offset += chunk.size();
            } while (chunk.size() == 1000);
        }
    }

    private ImportRuns.Run find(String id) {
        var parsed = FormValues.id(id);
        return (parsed == null ? java.util.Optional.<ImportRuns.Run>empty() : runs.find(parsed))
                .orElseThrow(() -> new NotFound());
    }
}
