package org.praxis.practiceweek;

import jakarta.validation.Valid;
import java.util.List;
import org.praxis.identity.Policies;
import org.praxis.web.DateInput;
import org.praxis.web.Problem;
import org.praxis.web.Refused;
import org.praxis.web.ReturnTo;
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

/** Changing a week before it starts, and deleting one set up by mistake (QA leads). */
@Controller
@RequestMapping("/practice-week/{weekId}")
class WeekEditController {

    private final PracticeWeeks weeks;
    private final WeekChanges changes;
    private final WeekFormPage formPage;
    private final java.time.Clock clock;

    WeekEditController(PracticeWeeks weeks, WeekChanges changes, WeekFormPage formPage, java.time.Clock clock) {
        this.clock = clock;
        this.weeks = weeks;
        this.changes = changes;
        this.formPage = formPage;
    }

    @GetMapping("/edit")
    @PreAuthorize(Policies.QA_LEADS)
    String edit(@PathVariable long weekId, Model model) {
        var week = weeks.found(weekId);
        var teams =
                weeks.teams(weekId).stream().map(t -> String.valueOf(t.id())).toList();
        model.addAttribute(
                "form",
                new PracticeWeekController.WeekForm(
                        week.name(),
                        DateInput.of(week.firstDay()),
                        DateInput.of(week.lastDay()),
                        DateInput.of(week.slotsDue()),
                        DateInput.of(week.availabilityDue()),
                        weeks.serviceAreas(weekId).stream()
                                .map(org.praxis.web.Option::value)
                                .toList(),
                        teams));
        model.addAttribute("editing", week);
        if (!week.notStarted(java.time.LocalDate.now(clock))) {
            // Said before anyone types: the save would be refused.
            model.addAttribute(
                    "problems",
                    List.of(new Problem(null, "This Practice Week has started, so it can no longer be changed")));
        }
        return formPage.show(model);
    }

    @PostMapping("/edit")
    @PreAuthorize(Policies.QA_LEADS)
    String save(
            @PathVariable long weekId,
            @Valid @ModelAttribute("form") PracticeWeekController.WeekForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var week = weeks.found(weekId);
        PracticeWeekController.checkDates(form, result);
        if (!result.hasErrors()) {
            try {
                changes.change(weekId, form.week());
                redirect.addFlashAttribute("saved", "The week is changed");
                return "redirect:/practice-week/" + weekId;
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("editing", week);
        model.addAttribute("problems", Problem.allIn(result, PracticeWeekController.WeekForm.class));
        return formPage.show(model);
    }

    @GetMapping("/delete")
    @PreAuthorize(Policies.QA_LEADS)
    String confirmDelete(@PathVariable long weekId, Model model) {
        model.addAttribute("week", weeks.found(weekId));
        model.addAttribute("keptBecause", changes.keptBecause(weekId));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "practiceweek/week-delete";
    }

    @PostMapping("/delete")
    @PreAuthorize(Policies.QA_LEADS)
    @ReturnTo("/practice-week/{weekId}/delete")
    String delete(@PathVariable long weekId, RedirectAttributes redirect) {
        var name = weeks.found(weekId).name();
        changes.delete(weekId);
        redirect.addFlashAttribute("saved", name + " is deleted");
        return "redirect:/practice-week";
    }
}
