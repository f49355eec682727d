package org.praxis.training;

import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.web.FormValues;
import org.praxis.web.ListPage;
import org.praxis.web.MaxLength;
import org.praxis.web.NotFound;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.Refused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Training needs proposed from the evidence, and the L&D lead's decision on each. */
@Controller
@RequestMapping("/training/needs")
class NeedController {

    record DecisionForm(
            String need,
            String decision,
            String courseId,
            @MaxLength(value = 1000, label = "The reason") String reason) {}

    private final TrainingNeeds needs;
    private final Courses courses;

    NeedController(TrainingNeeds needs, Courses courses) {
        this.needs = needs;
        this.courses = courses;
    }

    @GetMapping
    @PreAuthorize(Policies.LEARNING_LEADS)
    String proposed(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", needs.proposed(ListPage.requested(page)));
        return "training/needs";
    }

    @GetMapping("/decided")
    @PreAuthorize(Policies.LEARNING_LEADS)
    String decided(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", needs.decided(ListPage.requested(page)));
        return "training/needs-decided";
    }

    @GetMapping("/decide")
    @PreAuthorize(Policies.LEARNING_LEADS)
    String decideForm(@RequestParam String need, Model model) {
        model.addAttribute("form", new DecisionForm(need, "", "", ""));
        return form(need, model);
    }

    @PostMapping("/decide")
    @PreAuthorize(Policies.LEARNING_LEADS)
    String decide(
            @Validated @ModelAttribute("form") DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var decision = FormValues.parse(TrainingNeeds.Decision.class, form.decision());
        if (decision == null) {
            result.rejectValue("decision", "decision", "Select whether to accept or dismiss the need");
        }
        if (decision == TrainingNeeds.Decision.DISMISSED && FormValues.blank(form.reason())) {
            result.rejectValue("reason", "reason", "Enter why the need is dismissed");
        }
        var courseId = FormValues.id(form.courseId());
        if (courseId != null && !courses.titles().containsKey(courseId)) {
            courseId = null;
        }
        if (!result.hasErrors()) {
            try {
                needs.decide(
                        form.need(),
                        decision,
                        decision == TrainingNeeds.Decision.ACCEPTED ? courseId : null,
                        FormValues.tidy(form.reason()),
                        CurrentUser.require().username());
                redirect.addFlashAttribute(
                        "saved", decision == TrainingNeeds.Decision.ACCEPTED ? "Need accepted" : "Need dismissed");
                return "redirect:/training/needs";
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, DecisionForm.class));
        return form(form.need(), model);
    }

    private String form(String key, Model model) {
        var need = needs.proposed().stream()
                .filter(n -> n.key().equals(key))
                .findFirst()
                .orElseThrow(NotFound::new);
        model.addAttribute("need", need);
        model.addAttribute(
                "decisionOptions",
                List.of(new Option("ACCEPTED", "Accept: training is needed"), new Option("DISMISSED", "Dismiss")));
        model.addAttribute(
                "courseOptions",
                courses.titles().entrySet().stream()
                        .map(e -> new Option(String.valueOf(e.getKey()), e.getValue()))
                        .toList());
        return "training/need-decide";
    }
}
