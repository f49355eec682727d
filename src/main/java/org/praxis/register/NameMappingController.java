package org.praxis.register;

import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.register.names.NameMappings;
import org.praxis.web.FormValues;
import org.praxis.web.Problem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Names in imported files that match no team or worker: map each once, and later imports remember it. */
@Controller
@RequestMapping("/register/names")
class NameMappingController {

    private final NameMappings mappings;

    NameMappingController(NameMappings mappings) {
        this.mappings = mappings;
    }

    @GetMapping
    @PreAuthorize(Policies.REGISTER_IMPORTERS)
    String list(Model model) {
        model.addAttribute("problems", List.of());
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("teams", mappings.unmatched(NameMappings.Kind.TEAM));
        model.addAttribute("workers", mappings.unmatched(NameMappings.Kind.WORKER));
        model.addAttribute("teamOptions", mappings.teamOptions());
        model.addAttribute("staffOptions", mappings.staffOptions());
        return "register/names";
    }

    /**
     * One row of the page's table: a name as the register spells it (a hidden field) and what it means. Every row
     * has its own select, so a problem names no single field.
     */
    record MappingForm(String kind, String name, String target) {

        NameMappings.Kind parsedKind() {
            return "WORKER".equals(kind) ? NameMappings.Kind.WORKER : NameMappings.Kind.TEAM;
        }
    }

    @PostMapping
    @PreAuthorize(Policies.REGISTER_IMPORTERS)
    String map(@ModelAttribute MappingForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        var kind = form.parsedKind();
        var targetId = FormValues.id(form.target());
        // The chosen team or staff member must still exist, which only the mapping itself can tell.
        if (FormValues.blank(form.name())
                || targetId == null
                || !mappings.map(
                        kind, form.name(), targetId, CurrentUser.require().username())) {
            result.reject(
                    "target",
                    kind == NameMappings.Kind.TEAM
                            ? "Select the team this name means"
                            : "Select the staff member this name means");
            model.addAttribute("problems", Problem.allIn(result, MappingForm.class));
            return page(model);
        }
        redirect.addFlashAttribute(
                "saved",
                "“" + form.name().strip() + "” will be matched from now on, in every snapshot and every later import");
        return "redirect:/register/names";
    }
}
