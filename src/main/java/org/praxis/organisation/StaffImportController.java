package org.praxis.organisation;

import java.io.IOException;
import java.util.List;
import org.praxis.identity.Policies;
import org.praxis.web.Cell;
import org.praxis.web.Problem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload a staff CSV file; see every problem, or the count of staff added and updated. */
@Controller
@RequestMapping("/organisation/staff/import")
class StaffImportController {

    private final StaffCsvImport importer;

    StaffImportController(StaffCsvImport importer) {
        this.importer = importer;
    }

    @GetMapping
    @PreAuthorize(Policies.ADMINISTRATORS)
    String form(Model model) {
        model.addAttribute("problems", List.of());
        return "organisation/staff-import";
    }

    @PostMapping
    @PreAuthorize(Policies.ADMINISTRATORS)
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("problems", List.of(new Problem("file", "Select a CSV file")));
            return "organisation/staff-import";
        }
        StaffCsvImport.Outcome outcome;
        try (var in = file.getInputStream()) {
            outcome = importer.importFrom(in);
        }
        if (!outcome.imported()) {
            model.addAttribute(
                    "problems",
                    List.of(new Problem(
                            "file",
                            "The file has problems. Nothing was imported: fix the rows below and upload it again.")));
            model.addAttribute(
                    "rowProblems",
                    outcome.problems().stream()
                            .map(p -> List.of(
                                    Cell.number(p.line()),
                                    Cell.text(p.column()),
                                    Cell.text(p.value()),
                                    Cell.text(p.problem())))
                            .toList());
            model.addAttribute("tooManyProblems", outcome.tooManyProblems());
            return "organisation/staff-import";
        }
        redirect.addFlashAttribute(
                "saved",
                "Imported " + (outcome.added() + outcome.updated()) + " staff: "
                        + outcome.added() + " added, " + outcome.updated() + " updated"
                        + (outcome.ignoredColumns().isEmpty()
                                ? ""
                                : ". Columns ignored: " + String.join(", ", outcome.ignoredColumns())));
        return "redirect:/organisation/staff/import/done";
    }

    @GetMapping("/done")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String done() {
        return "organisation/staff-import-done";
    }
}
