package org.praxis.training;

import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.organisation.JobRole;
import org.praxis.web.FormValues;
import org.praxis.web.ListPage;
import org.praxis.web.OneOf;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.Refused;
import org.praxis.web.WholeNumber;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Training each job role must have: read by those who read training, set by the L&D lead. */
@Controller
@RequestMapping("/training/required")
class RequiredTrainingController {

    record RequirementForm(
            @OneOf(value = JobRole.class, message = "Select the job role")
            String jobRole,

            String courseId,

            @WholeNumber(min = 1, max = 120, label = "The number of months")
            String renewMonths) {}

    private final Requirements requirements;
    private final Courses courses;

    RequiredTrainingController(Requirements requirements, Courses courses) {
        this.requirements = requirements;
        this.courses = courses;
    }

    @GetMapping
    @PreAuthorize(Policies.TRAINING_READERS)
    String list(@RequestParam(required = false) Integer page, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RequirementForm("", "", ""));
        }
        return page(page, model);
    }

    @PostMapping
    @PreAuthorize(Policies.LEARNING_LEADS)
    String add(
            @Validated @ModelAttribute("form") RequirementForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var courseId = FormValues.id(form.courseId());
        if (courseId == null || !courses.titles().containsKey(courseId)) {
            result.rejectValue("courseId", "courseId", "Select the course");
        }
        if (!result.hasErrors()) {
            try {
                requirements.require(
                        FormValues.parse(JobRole.class, form.jobRole()),
                        courseId,
                        FormValues.number(form.renewMonths()),
                        CurrentUser.require().username());
                redirect.addFlashAttribute("saved", "Required training added");
                return "redirect:/training/required";
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, RequirementForm.class));
        return page(null, model);
    }

    @PostMapping("/{id}/remove")
    @PreAuthorize(Policies.LEARNING_LEADS)
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        requirements.remove(id);
        redirect.addFlashAttribute("saved", "No longer required");
        return "redirect:/training/required";
    }

    private String page(Integer page, Model model) {
        model.addAttribute("page", requirements.list(ListPage.requested(page)));
        model.addAttribute("leads", CurrentUser.require().has(Role.LEARNING_LEAD));
        model.addAttribute("jobRoleOptions", TrainingChoices.jobRoleOptions());
        model.addAttribute(
                "courseOptions",
                courses.titles().entrySet().stream()
                        .map(e -> new Option(String.valueOf(e.getKey()), e.getValue()))
                        .toList());
        return "training/required";
    }
}
