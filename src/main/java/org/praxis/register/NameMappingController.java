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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

    @PostMapping
    @PreAuthorize(Policies.REGISTER_IMPORTERS)
    String map(
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "target", required = false) String target,
            Model model,
            RedirectAttributes redirect) {
        var parsedKind = "WORKER".equals(kind) ? NameMappings.Kind.WORKER : NameMappings.Kind.TEAM;
        var targetId = FormValues.id(target);
        if (name == null
                || name.isBlank()
                || targetId == null
                || !mappings.map(
                        parsedKind, name, targetId, CurrentUser.require().username())) {
            model.addAttribute(
                    "problems",
                    List.of(new Problem(
                            null,
                            parsedKind == NameMappings.Kind.TEAM
                                    ? "Select the team this name means"
                                    : "Select the staff member this name means")));
            return page(model);
        }
        redirect.addFlashAttribute(
                "saved",
                "“" + name.strip() + "” will be matched from now on, in every snapshot and every later import");
        return "redirect:/register/names";
    }
}
