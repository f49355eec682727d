package org.praxis.identity;

import java.util.List;
import org.praxis.web.Cell;
import org.praxis.web.Problem;
import org.praxis.web.Refused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators make and revoke the machine accounts that read the data API (decision 0029). */
@Controller
@RequestMapping("/admin/api-tokens")
class ApiTokenController {

    record TokenForm(String name) {}

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @PreAuthorize(Policies.ADMINISTRATORS)
    String list(Model model) {
        model.addAttribute("form", new TokenForm(""));
        return page(model, List.of());
    }

    @PostMapping
    @PreAuthorize(Policies.ADMINISTRATORS)
    String create(@ModelAttribute("form") TokenForm form, Model model) {
        try {
            var token = tokens.create(form.name(), CurrentUser.require().displayName());
            model.addAttribute("token", token);
            model.addAttribute("tokenName", form.name().strip());
            model.addAttribute("form", new TokenForm(""));
            return page(model, List.of());
        } catch (Refused e) {
            var result = new BeanPropertyBindingResult(form, "form");
            e.addTo(result);
            model.addAttribute(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + "form", result);
            return page(model, Problem.allIn(result, TokenForm.class));
        }
    }

    @PostMapping("/{id}/revoke")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("saved", "Token revoked: it no longer opens the data API");
        return "redirect:/admin/api-tokens";
    }

    private String page(Model model, List<Problem> problems) {
        model.addAttribute("problems", problems);
        model.addAttribute("tokens", tokens.list());
        model.addAttribute(
                "rows",
                tokens.list().stream()
                        .map(t -> List.of(
                                Cell.text(t.name()),
                                Cell.text(t.createdBy() + ", " + t.createdAt().format(DAY)),
                                Cell.text(
                                        t.lastUsedAt() == null
                                                ? "Never"
                                                : t.lastUsedAt().format(DAY)),
                                t.revoked() ? Cell.tag("Revoked", "grey") : Cell.tag("In force", "green")))
                        .toList());
        return "identity/api-tokens";
    }
}
