package org.praxis.learning;

import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.register.reading.UploadedFiles;
import org.praxis.web.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A review's recommendations imported from a spreadsheet or CSV file: all of them, or none and every problem. */
@Controller
@RequestMapping("/learning/reviews/{id}/recommendations/import")
class RecommendationImportController {

    private final Reviews reviews;
    private final RecommendationImport imports;

    RecommendationImportController(Reviews reviews, RecommendationImport imports) {
        this.reviews = reviews;
        this.imports = imports;
    }

    @GetMapping
    @PreAuthorize(Policies.QA_LEADS)
    String form(@PathVariable long id, Model model) {
        model.addAttribute("review", reviews.review(id).orElseThrow(NotFound::new));
        model.addAttribute("findings", reviews.findings(id));
        model.addAttribute("most", RecommendationImport.MOST_ROWS);
        return "learning/import";
    }

    @PostMapping
    @PreAuthorize(Policies.QA_LEADS)
    String upload(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        reviews.review(id).orElseThrow(NotFound::new);
        var chosen = UploadedFiles.chosen(file == null ? List.of() : List.of(file));
        if (chosen.isEmpty()) {
            model.addAttribute(
                    "problems", List.of(new RecommendationImport.Problem(0, null, "Choose a spreadsheet or CSV file")));
            return form(id, model);
        }
        try (var saved = UploadedFiles.save(chosen)) {
            var outcome = imports.importInto(
                    id, saved.files().getFirst(), CurrentUser.require().username());
            if (!outcome.done()) {
                model.addAttribute("problems", outcome.problems());
                model.addAttribute("fileName", saved.files().getFirst().displayName());
                return form(id, model);
            }
            redirect.addFlashAttribute(
                    "saved",
                    outcome.imported() + (outcome.imported() == 1 ? " recommendation" : " recommendations")
                            + " imported: now raise their actions");
            return "redirect:/learning/reviews/" + id + "#recommendations";
        }
    }
}
