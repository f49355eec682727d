package org.praxis.complaints;

import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.register.reading.UploadedFiles;
import org.praxis.web.Refused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The council's list of categories (the administrator or QA lead keeps it) and the import from a complaints system. */
@Controller
@RequestMapping("/complaints")
class AdminController {

    private final ComplaintStore store;
    private final ComplaintImport imports;

    AdminController(ComplaintStore store, ComplaintImport imports) {
        this.store = store;
        this.imports = imports;
    }

    @GetMapping("/categories")
    @PreAuthorize(Policies.COMPLAINT_CATEGORY_EDITORS)
    String categories(Model model) {
        model.addAttribute("categories", store.categories());
        return "complaints/categories";
    }

    @PostMapping("/categories")
    @PreAuthorize(Policies.COMPLAINT_CATEGORY_EDITORS)
    @Transactional
    String addCategory(@RequestParam(required = false) String name, RedirectAttributes redirect) {
        var tidy = name == null ? "" : name.strip();
        if (tidy.isEmpty()) {
            throw new Refused("name", "Enter the name of the category");
        }
        if (tidy.length() > 100) {
            throw new Refused("name", "The name must be 100 characters or fewer");
        }
        if (store.categoryNamed(tidy)) {
            throw new Refused("name", "There is a category called " + tidy + " already");
        }
        store.addCategory(tidy);
        redirect.addFlashAttribute("saved", "Category added");
        return "redirect:/complaints/categories";
    }

    @PostMapping("/categories/{id}/retire")
    @PreAuthorize(Policies.COMPLAINT_CATEGORY_EDITORS)
    @org.praxis.web.ReturnTo("/complaints/categories")
    String retire(
            @PathVariable long id, @RequestParam(defaultValue = "true") boolean retired, RedirectAttributes redirect) {
        if (store.retireCategory(id, retired) == 0) {
            throw new org.praxis.web.NotFound();
        }
        redirect.addFlashAttribute(
                "saved", retired ? "Category retired: past complaints keep it" : "Category in use again");
        return "redirect:/complaints/categories";
    }

    @GetMapping("/import")
    @PreAuthorize(Policies.COMPLAINTS_MANAGERS)
    String importForm(Model model) {
        model.addAttribute("columns", ComplaintImport.COLUMNS);
        model.addAttribute("coded", ComplaintImport.CODED);
        model.addAttribute("most", ComplaintImport.MOST_ROWS);
        return "complaints/import";
    }

    @PostMapping("/import")
    @PreAuthorize(Policies.COMPLAINTS_MANAGERS)
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        var chosen = UploadedFiles.chosen(file == null ? List.of() : List.of(file));
        if (chosen.isEmpty()) {
            model.addAttribute(
                    "problems", List.of(new ComplaintImport.Problem(0, null, "Choose a CSV or spreadsheet file")));
            return importForm(model);
        }
        try (var saved = UploadedFiles.save(chosen)) {
            var outcome =
                    imports.importFile(CurrentUser.require(), saved.files().getFirst());
            if (!outcome.done()) {
                model.addAttribute("problems", outcome.problems());
                model.addAttribute("fileName", saved.files().getFirst().displayName());
                return importForm(model);
            }
            redirect.addFlashAttribute(
                    "saved", outcome.imported() + (outcome.imported() == 1 ? " record" : " records") + " imported");
            return "redirect:/complaints";
        }
    }
}
