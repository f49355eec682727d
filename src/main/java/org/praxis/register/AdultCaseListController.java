package org.praxis.register;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.register.imports.AdultCaseList;
import org.praxis.register.imports.ColumnMappings;
import org.praxis.register.imports.ImportRuns;
import org.praxis.register.imports.RegisterImport;
import org.praxis.register.reading.CsvDialect;
import org.praxis.register.reading.CsvTableReader;
import org.praxis.register.reading.FileKind;
import org.praxis.register.reading.Headings;
import org.praxis.register.reading.ImportFile;
import org.praxis.register.reading.RejectedFile;
import org.praxis.register.reading.UploadedFiles;
import org.praxis.register.reading.Values;
import org.praxis.web.DateInput;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.RealDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Adults' case lists: upload a CSV, say which column is which (once: the choice is saved and offered again for a
 * file with the same headings), and import it into the same register.
 */
@Controller
@RequestMapping("/register/adults")
class AdultCaseListController {

    private static final String PENDING = "praxis.register.adultUpload";

    /**
     * An uploaded file waiting for its columns to be chosen; {@code reading} is the encoding and separator the person
     * chose, or null for what Praxis told from the file.
     */
    record Pending(
            String folder,
            String path,
            String displayName,
            LocalDate asAt,
            List<String> headings,
            CsvDialect.Choice reading)
            implements Serializable {

        Pending readAs(CsvDialect.Choice choice) {
            return new Pending(
                    folder, path, displayName, asAt, AdultCaseListController.headings(Path.of(path), choice), choice);
        }
    }

    /** How to read the file, chosen under its preview when Praxis read it wrong. */
    record ReadingForm(
            @Pattern(regexp = "UTF-8|UTF-16LE|UTF-16BE|windows-1252", message = "Choose the file’s encoding")
            String encoding,

            @Pattern(regexp = "comma|semicolon|tab|pipe", message = "Choose what separates the columns")
            String separator) {

        CsvDialect.Choice choice() {
            return new CsvDialect.Choice(encoding, SEPARATOR_WORDS.get(separator));
        }
    }

    private static final Map<String, Character> SEPARATOR_WORDS =
            Map.of("comma", ',', "semicolon", ';', "tab", '\t', "pipe", '|');

    private static final int PREVIEW_ROWS = 5;

    /** The upload form's date; the file, first on the page, is read as a request part. */
    record UploadForm(
            @RealDate(label = "The as-at date", blank = "Enter the date the list was run")
            DateInput asAt) {}

    /**
     * Which column holds what, its fields in the page's order. That the columns are the file's own, each chosen
     * once, is checked by the controller, which holds the file's headings.
     */
    record ColumnsForm(
            @NotBlank(message = "Choose the column with the case reference")
            String caseReference,

            @NotBlank(message = "Choose the column with the case type")
            String caseType,

            String team,
            String worker,
            String startDate,
            String lastReview,
            String gender,
            String ethnicity,
            String disability,
            String dateOfBirth,

            @NotBlank(message = "Enter a name for these choices, 120 characters or fewer")
            @Size(max = 120, message = "Enter a name for these choices, 120 characters or fewer")
            String name,

            String rowHandling) {

        AdultCaseList.Mapping mapping() {
            return new AdultCaseList.Mapping(
                    Values.tidy(name),
                    blankToNull(caseReference),
                    blankToNull(team),
                    blankToNull(worker),
                    blankToNull(caseType),
                    blankToNull(startDate),
                    blankToNull(lastReview),
                    blankToNull(gender),
                    blankToNull(ethnicity),
                    blankToNull(disability),
                    blankToNull(dateOfBirth));
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }

    /** Words that usually head each column, for a first guess when no mapping is saved. */
    private static final Map<String, List<String>> GUESSES = Map.of(
            "caseReference",
                    List.of(
                            "case reference",
                            "person id",
                            "client id",
                            "case id",
                            "mosaic id",
                            "nhs number",
                            "reference"),
            "team", List.of("team", "allocated team", "team name"),
            "worker", List.of("worker", "allocated worker", "social worker", "practitioner", "key worker"),
            "caseType", List.of("case type", "service type", "type", "support type", "service"),
            "startDate", List.of("start date", "case start date", "date opened", "open date"),
            "lastReview", List.of("last review date", "last review", "date last reviewed", "review date"),
            "gender", List.of("gender", "sex"),
            "ethnicity", List.of("ethnicity", "ethnic origin"),
            "disability", List.of("disability", "primary support reason"),
            "dateOfBirth", List.of("date of birth", "dob"));

    private final RegisterImport importer;
    private final ColumnMappings mappings;
    private final Clock clock;

    AdultCaseListController(RegisterImport importer, ColumnMappings mappings, Clock clock) {
        this.importer = importer;
        this.mappings = mappings;
        this.clock = clock;
    }

    @GetMapping("/new")
    @PreAuthorize(Policies.REGISTER_IMPORTERS)
    String uploadForm(Model model) {
        model.addAttribute("form", new UploadForm(DateInput.of(LocalDate.now(clock))));
        model.addAttribute("problems", List.of());
        return "register/adults-upload";
    }

    @PostMapping("/new")
    @PreAuthorize(Policies.REGISTER_IMPORTERS)
    String upload(
            @Valid @ModelAttribute("form") UploadForm form,
            BindingResult result,
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpSession session,
            Model model) {
        var asAt = form.asAt() == null
                ? java.util.Optional.<LocalDate>empty()
                : form.asAt().date();
        var problems = new ArrayList<>(Problem.allIn(result, UploadForm.class));
        var chosen = UploadedFiles.chosen(file == null ? null : List.of(file));
        if (chosen.isEmpty()) {
            problems.addFirst(new Problem("file", "Select the case list, saved as a CSV file"));
        }
        List<String> headings = List.of();
        UploadedFiles saved = null;
        if (problems.isEmpty()) {
            saved = UploadedFiles.save(chosen);
            headings = headings(saved.files().getFirst().path(), null);
            if (headings.isEmpty()) {
                problems.add(
                        new Problem("file", "The file has no heading row: save the list as CSV with its headings"));
                saved.close();
            }
        }
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            model.addAttribute(
                    "fileProblem",
                    problems.stream()
                            .filter(p -> "file".equals(p.fieldName()))
                            .findFirst()
                            .orElse(null));
            return "register/adults-upload";
        }
        discard(session);
        var f = saved.files().getFirst();
        session.setAttribute(
                PENDING,
                new Pending(
                        saved.folder().toString(), f.path().toString(), f.displayName(), asAt.get(), headings, null));
        return "redirect:/register/adults/columns";
    }

    private static List<String> headings(Path file, CsvDialect.Choice choice) {
        if (FileKind.of(file) != FileKind.TEXT) {
            return List.of();
        }
        return CsvTableReader.firstRow(file, choice).stream()
                .filter(c -> !c.isEmpty())
                .limit(200)
                .toList();
    }

    private static void discard(HttpSession session) {
        if (session.getAttribute(PENDING) instanceof Pending old) {
            new UploadedFiles(Path.of(old.folder()), List.of()).close();
            session.removeAttribute(PENDING);
        }
    }

    @GetMapping("/columns")
    @PreAuthorize(Policies.REGISTER_IMPORTERS)
    String columns(HttpSession session, Model model) {
        if (!(session.getAttribute(PENDING) instanceof Pending pending)) {
            return "redirect:/register/adults/new";
        }
        var saved = mappings.forHeadings(pending.headings());
        var form = saved.map(m -> new ColumnsForm(
                        m.caseReference(),
                        m.caseType(),
                        m.team(),
                        m.worker(),
                        m.startDate(),
                        m.lastReview(),
                        m.gender(),
                        m.ethnicity(),
                        m.disability(),
                        m.dateOfBirth(),
                        m.name(),
                        "REJECT_FILE"))
                .orElseGet(() -> guess(pending.headings()));
        model.addAttribute("form", form);
        model.addAttribute(
                "savedMapping", saved.map(AdultCaseList.Mapping::name).orElse(null));
        return columnsPage(model, pending, List.of());
    }

    private static ColumnsForm guess(List<String> headings) {
        var found = new LinkedHashMap<String, String>();
        for (var field : GUESSES.entrySet()) {
            for (var candidate : field.getValue()) {
                var match = headings.stream()
                        .filter(h -> Headings.key(h).equals(candidate))
                        .findFirst();
                if (match.isPresent()) {
                    found.put(field.getKey(), match.get());
                    break;
                }
            }
        }
        return new ColumnsForm(
                found.get("caseReference"),
                found.get("caseType"),
                found.get("team"),
                found.get("worker"),
                found.get("startDate"),
                found.get("lastReview"),
                found.get("gender"),
                found.get("ethnicity"),
                found.get("disability"),
                found.get("dateOfBirth"),
                "Adults' case list",
                "REJECT_FILE");
    }

    /** The person read the preview and chose another encoding or separator: the file is read again that way. */
    @PostMapping("/reading")
    @PreAuthorize(Policies.REGISTER_IMPORTERS)
    String reading(@Valid @ModelAttribute("reading") ReadingForm form, BindingResult result, HttpSession session) {
        if (!(session.getAttribute(PENDING) instanceof Pending pending)) {
            return "redirect:/register/adults/new";
        }
        if (!result.hasErrors()) {
            session.setAttribute(PENDING, pending.readAs(form.choice()));
        }
        return "redirect:/register/adults/columns";
    }

    private String columnsPage(Model model, Pending pending, List<Problem> problems) {
        var preview = CsvTableReader.preview(Path.of(pending.path()), pending.reading(), PREVIEW_ROWS);
        model.addAttribute("preview", preview);
        if (preview.dialect() != null) {
            model.addAttribute(
                    "reading",
                    new ReadingForm(
                            preview.dialect().encodingName(),
                            SEPARATOR_WORDS.entrySet().stream()
                                    .filter(e ->
                                            e.getValue() == preview.dialect().separator())
                                    .map(Map.Entry::getKey)
                                    .findFirst()
                                    .orElse("comma")));
        }
        model.addAttribute(
                "encodingOptions",
                List.of(
                        new Option("UTF-8", "UTF-8 (most systems, and Excel’s “CSV UTF-8”)"),
                        new Option("windows-1252", "Windows-1252 (Excel’s “CSV (Comma delimited)” on Windows)"),
                        new Option("UTF-16LE", "UTF-16, little-endian (Excel’s “Unicode Text”)"),
                        new Option("UTF-16BE", "UTF-16, big-endian")));
        model.addAttribute(
                "separatorOptions",
                List.of(
                        new Option("comma", "Comma ,"),
                        new Option("semicolon", "Semicolon ;"),
                        new Option("tab", "Tab"),
                        new Option("pipe", "Pipe |")));
        model.addAttribute("pending", pending);
        model.addAttribute("problems", problems);
        model.addAttribute(
                "headingOptions",
                pending.headings().stream().map(h -> new Option(h, h)).toList());
        model.addAttribute(
                "types",
                java.util.Arrays.stream(CaseType.values())
                        .filter(CaseType::adults)
                        .map(CaseType::label)
                        .toList());
        model.addAttribute("handlingOptions", RegisterImportController.HANDLING_OPTIONS);
        return "register/adults-columns";
    }

    @PostMapping("/columns")
    @PreAuthorize(Policies.REGISTER_IMPORTERS)
    String choose(
            @Valid @ModelAttribute("form") ColumnsForm form, BindingResult result, HttpSession session, Model model) {
        if (!(session.getAttribute(PENDING) instanceof Pending pending)) {
            return "redirect:/register/adults/new";
        }
        var mapping = form.mapping();
        var known = pending.headings();
        var chosen = mapping.byField().values().stream()
                .filter(java.util.Objects::nonNull)
                .toList();
        if (chosen.stream().anyMatch(h -> !known.contains(h))) {
            result.reject("unknown", "Choose columns from the file");
        } else if (chosen.stream().distinct().count() < chosen.size()) {
            result.reject("twice", "Each column can be chosen once only");
        }
        var handling = "QUARANTINE_ROWS".equals(form.rowHandling())
                ? ImportRuns.RowHandling.QUARANTINE_ROWS
                : ImportRuns.RowHandling.REJECT_FILE;
        if (result.hasErrors()) {
            return columnsPage(model, pending, Problem.allIn(result, ColumnsForm.class));
        }
        var username = CurrentUser.require().username();
        mappings.save(mapping, known, username);
        session.removeAttribute(PENDING);
        var files = new UploadedFiles(
                Path.of(pending.folder()),
                List.of(new ImportFile(Path.of(pending.path()), pending.displayName(), pending.reading())));
        long id;
        try {
            id = importer.start(
                    new RegisterImport.Request(files.files(), pending.asAt(), handling, username, mapping),
                    files::close);
        } catch (RejectedFile e) {
            files.close();
            return columnsPage(model, pending, List.of(new Problem(null, e.getMessage())));
        }
        return "redirect:/register/imports/" + id;
    }
}
