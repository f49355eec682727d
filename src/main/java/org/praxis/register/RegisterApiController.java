package org.praxis.register;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.register.imports.ImportRuns;
import org.praxis.register.imports.RegisterImport;
import org.praxis.register.reading.RejectedFile;
import org.praxis.register.reading.UploadedFiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * For a council's nightly job: {@code curl -u user:password -F file=@AnnexA.xlsx
 * https://praxis.example/api/register/annex-a?asAt=2026-11-20}. Answers when the import is over: 200 with the
 * counts, or an RFC 9457 problem ({@code application/problem+json}): 400 for a bad request, 409 while another import
 * runs, 413 for a file over the upload limit, 422 when the file was refused (with the first problems), 500 when the
 * import failed. The README lists each.
 */
@RestController
@RequestMapping("/api/register")
class RegisterApiController {

    /** Each kind of problem is named by a URN under this prefix, described in the README ("The import API"). */
    static final String PROBLEMS = "urn:praxis:problem:";

    record ProblemJson(String list, int row, String column, String value, String problem) {}

    record ImportJson(
            long importId,
            String status,
            String message,
            int rowsRead,
            int rowsImported,
            int rowsHeldBack,
            int problemCount,
            Long snapshotId,
            List<String> leftOut,
            List<ProblemJson> problems) {}

    private final RegisterImport importer;
    private final ImportRuns runs;
    private final Clock clock;

    RegisterApiController(RegisterImport importer, ImportRuns runs, Clock clock) {
        this.importer = importer;
        this.runs = runs;
        this.clock = clock;
    }

    @PostMapping("/annex-a")
    @PreAuthorize(Policies.REGISTER_IMPORTERS)
    ResponseEntity<?> importAnnexA(
            @RequestParam(name = "file", required = false) List<MultipartFile> files,
            @RequestParam(name = "asAt", required = false) String asAtText,
            @RequestParam(name = "rows", required = false, defaultValue = "reject") String rows,
            @RequestParam(name = "acceptSharpChange", required = false, defaultValue = "false")
                    boolean acceptSharpChange,
            @RequestParam(name = "allowMissingLists", required = false, defaultValue = "false")
                    boolean allowMissingLists) {
        LocalDate asAt;
        try {
            asAt = asAtText == null || asAtText.isBlank() ? LocalDate.now(clock) : LocalDate.parse(asAtText.strip());
        } catch (DateTimeParseException e) {
            return badRequest("asAt", "asAt must be a date like 2026-11-20");
        }
        if (asAt.isAfter(LocalDate.now(clock))) {
            return badRequest("asAt", "asAt cannot be in the future");
        }
        var handling = switch (rows) {
            case "reject" -> ImportRuns.RowHandling.REJECT_FILE;
            case "quarantine" -> ImportRuns.RowHandling.QUARANTINE_ROWS;
            default -> null;
        };
        if (handling == null) {
            return badRequest(
                    "rows",
                    "rows must be reject (import nothing if a row has a problem) or quarantine (hold those rows back)");
        }
        var uploaded = UploadedFiles.chosen(files);
        if (uploaded.isEmpty()) {
            return badRequest("file", "Send the workbook (or the CSV files) as the multipart field \"file\"");
        }
        try (var saved = UploadedFiles.save(uploaded)) {
            RegisterImport.Result result;
            try {
                result = importer.run(
                        new RegisterImport.Request(
                                        saved.files(),
                                        asAt,
                                        handling,
                                        CurrentUser.require().username())
                                .acceptingSharpChange(acceptSharpChange)
                                .allowingMissingLists(allowMissingLists),
                        line -> {});
            } catch (RejectedFile e) {
                return problem(HttpStatus.CONFLICT, "import-running", "Another import is running", e.getMessage());
            }
            var s = result.summary();
            var body = new ImportJson(
                    result.importId(),
                    result.status().name(),
                    result.message(),
                    s.rowsRead(),
                    s.rowsImported(),
                    s.rowsQuarantined(),
                    s.problemCount(),
                    s.snapshotId(),
                    s.ignored(),
                    runs.problems(result.importId(), 0, 100).stream()
                            .map(p -> new ProblemJson(p.list(), p.row(), p.column(), p.value(), p.problem()))
                            .toList());
            if (result.imported()) {
                return ResponseEntity.ok(body);
            }
            if (result.awaitingConfirmation()) {
                var held = problem(
                        HttpStatus.CONFLICT,
                        "sharp-change",
                        "The import waits for a person to confirm it",
                        result.message() + " Confirm or discard it on its page, /register/imports/" + result.importId()
                                + ".");
                held.getBody().setProperty("importId", body.importId());
                held.getBody().setProperty("snapshotId", body.snapshotId());
                return held;
            }
            if (result.status() == ImportRuns.Status.CANCELLED) {
                return problem(HttpStatus.CONFLICT, "import-cancelled", "The import was cancelled", result.message());
            }
            var failed = result.status() == ImportRuns.Status.FAILED;
            var problem = ProblemDetail.forStatusAndDetail(
                    failed ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.UNPROCESSABLE_CONTENT, result.message());
            problem.setType(URI.create(PROBLEMS + (failed ? "import-failed" : "file-refused")));
            problem.setTitle(failed ? "The import failed" : "The file was not imported");
            problem.setProperty("importId", body.importId());
            problem.setProperty("rowsRead", body.rowsRead());
            problem.setProperty("problemCount", body.problemCount());
            problem.setProperty("leftOut", body.leftOut());
            problem.setProperty("problems", body.problems());
            return ResponseEntity.of(problem).build();
        }
    }

    private static ResponseEntity<ProblemDetail> badRequest(String parameter, String message) {
        var response = problem(HttpStatus.BAD_REQUEST, "bad-request", "The request is not right", message);
        response.getBody().setProperty("parameter", parameter);
        return response;
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String kind, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(PROBLEMS + kind));
        problem.setTitle(title);
        return ResponseEntity.of(problem).build();
    }
}
