package org.praxis.workforce;

import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.register.reading.UploadedFiles;
import org.praxis.web.Cell;
import org.praxis.web.FormValues;
import org.praxis.web.Problem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Supervision sessions and HR's files from CSV: every row imported, or none and every problem by row and column. */
@Controller
class ImportController {

    private final SupervisionImport supervision;
    private final HrImport hr;

    ImportController(SupervisionImport supervision, HrImport hr) {
        this.supervision = supervision;
        this.hr = hr;
    }

    @GetMapping("/workforce/supervision/import")
    @PreAuthorize(Policies.QA_LEADS)
    String supervisionForm(Model model) {
        model.addAttribute("problems", List.of());
        return "workforce/supervision-import";
    }

    @PostMapping("/workforce/supervision/import")
    @PreAuthorize(Policies.QA_LEADS)
    String supervisionUpload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        var chosen = UploadedFiles.chosen(file == null ? List.of() : List.of(file));
        if (chosen.isEmpty()) {
            model.addAttribute("problems", List.of(new Problem("file", "Select a CSV file")));
            return "workforce/supervision-import";
        }
        try (var saved = UploadedFiles.save(chosen)) {
            var outcome = supervision.importFrom(
                    saved.files().getFirst(), CurrentUser.require().username());
            if (!outcome.done()) {
                refused(outcome.problems(), model);
                return "workforce/supervision-import";
            }
            redirect.addFlashAttribute(
                    "saved",
                    "Imported " + outcome.imported() + (outcome.imported() == 1 ? " session" : " sessions")
                            + (outcome.alreadyRecorded() == 0
                                    ? ""
                                    : "; " + outcome.alreadyRecorded() + " already recorded"));
            return "redirect:/workforce/supervision";
        }
    }

    @GetMapping("/workforce/hr-import")
    @PreAuthorize(Policies.QA_LEADS)
    String hrForm(Model model) {
        model.addAttribute("problems", List.of());
        model.addAttribute("kind", "");
        model.addAttribute("progress", HrImport.PROGRESS);
        return "workforce/hr-import";
    }

    @PostMapping("/workforce/hr-import")
    @PreAuthorize(Policies.QA_LEADS)
    String hrUpload(
            @RequestParam(name = "kind", required = false) String kindName,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        var kind = FormValues.parse(HrImport.Kind.class, kindName);
        var chosen = UploadedFiles.chosen(file == null ? List.of() : List.of(file));
        model.addAttribute("kind", kind == null ? "" : kind.name());
        model.addAttribute("progress", HrImport.PROGRESS);
        if (kind == null || chosen.isEmpty()) {
            var problems = new java.util.ArrayList<Problem>();
            if (kind == null) {
                problems.add(new Problem("kind", "Select what the file holds"));
            }
            if (chosen.isEmpty()) {
                problems.add(new Problem("file", "Select a CSV file"));
            }
            model.addAttribute("problems", problems);
            return "workforce/hr-import";
        }
        try (var saved = UploadedFiles.save(chosen)) {
            var outcome = hr.importFrom(
                    kind, saved.files().getFirst(), CurrentUser.require().username());
            if (!outcome.done()) {
                refused(outcome.problems(), model);
                return "workforce/hr-import";
            }
            redirect.addFlashAttribute(
                    "saved",
                    kind.label() + ": imported " + outcome.imported() + (outcome.imported() == 1 ? " row" : " rows"));
            return "redirect:/workforce/picture";
        }
    }

    /** A file-wide problem is named on its own; problems in rows are listed in a table by row and column. */
    private static void refused(List<CsvRows.Problem> problems, Model model) {
        var inRows =
                problems.stream().filter(p -> p.row() > 0 && p.column() != null).toList();
        if (inRows.isEmpty()) {
            model.addAttribute(
                    "problems",
                    problems.stream()
                            .map(p ->
                                    new Problem("file", p.message().replaceAll("\\.$", "") + ". Nothing was imported."))
                            .toList());
            return;
        }
        model.addAttribute(
                "problems",
                List.of(new Problem(
                        "file",
                        "The file has " + (inRows.size() == 1 ? "a problem" : inRows.size() + " problems")
                                + ". Nothing was imported: fix the rows below and upload it again.")));
        model.addAttribute(
                "rowProblems",
                inRows.stream()
                        .map(p -> List.of(
                                Cell.number(p.row()),
                                Cell.text(p.column()),
                                Cell.text(p.value()),
                                Cell.text(p.message())))
                        .toList());
    }
}
