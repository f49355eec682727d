package org.praxis.learning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.web.MaxLength;
import org.praxis.web.Problem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The council's list of learning themes: QA leads add themes and retire those no longer used (a retired theme stays
 * on the findings filed under it, but is not offered for new ones).
 */
@Controller
@RequestMapping("/learning/themes")
class ThemeController {

    record ThemeForm(
            @NotBlank(message = "Enter the theme") @MaxLength(value = 100, label = "The theme")
            String name) {}

    private final LearningThemes themes;

    ThemeController(LearningThemes themes) {
        this.themes = themes;
    }

    @GetMapping
    @PreAuthorize(Policies.LEARNING_READERS)
    String themes(Model model) {
        model.addAttribute("themes", themes.all());
        model.addAttribute("open", themes.open());
        model.addAttribute("canChange", CurrentUser.require().has(Role.QA_LEAD));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ThemeForm(""));
        }
        return "learning/themes";
    }

    @PostMapping
    @PreAuthorize(Policies.QA_LEADS)
    String add(
            @Valid @ModelAttribute("form") ThemeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            if (!themes.add(form.name())) {
                result.rejectValue(
                        "name",
                        "taken",
                        "There is already a theme called " + form.name().strip());
            } else {
                redirect.addFlashAttribute(
                        "saved", "Theme added: " + form.name().strip());
                return "redirect:/learning/themes";
            }
        }
        model.addAttribute("problems", Problem.allIn(result, ThemeForm.class));
        return themes(model);
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize(Policies.QA_LEADS)
    String retire(@PathVariable long id, RedirectAttributes redirect) {
        themes.retire(id);
        redirect.addFlashAttribute("saved", "Theme retired: findings filed under it keep it");
        return "redirect:/learning/themes";
    }
}
