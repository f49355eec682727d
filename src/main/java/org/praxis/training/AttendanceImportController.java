package org.praxis.training;

import java.io.IOException;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.web.Cell;
import org.praxis.web.Problem;
import org.praxis.web.Refused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Attendance from a learning system's CSV export: every problem listed, or every row imported. */
@Controller
@RequestMapping("/training/attendance/import")
class AttendanceImportController {

    private final AttendanceImport importer;

    AttendanceImportController(AttendanceImport importer) {
        this.importer = importer;
    }

    @GetMapping
    @PreAuthorize(Policies.LEARNING_LEADS)
    String form(Model model) {
        model.addAttribute("problems", List.of());
        return "training/attendance-import";
    }

    @PostMapping
    @PreAuthorize(Policies.LEARNING_LEADS)
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("problems", List.of(new Problem("file", "Select a CSV file")));
            return "training/attendance-import";
        }
        AttendanceImport.Outcome outcome;
        try (var in = file.getInputStream()) {
            outcome = importer.importFrom(in, CurrentUser.require().username());
        } catch (Refused e) { // a session over its places: the whole file was rolled back
            model.addAttribute(
                    "problems",
                    List.of(new Problem("file", e.getMessage().replaceAll("\\.$", "") + ". Nothing was imported.")));
            return "training/attendance-import";
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
            return "training/attendance-import";
        }
        redirect.addFlashAttribute("saved", "Imported " + outcome.rows() + (outcome.rows() == 1 ? " row" : " rows"));
        return "redirect:/training";
    }
}
