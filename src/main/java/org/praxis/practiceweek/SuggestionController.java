package org.praxis.practiceweek;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.praxis.actions.Priority;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.StaffAccounts;
import org.praxis.web.DateInput;
import org.praxis.web.FormValues;
import org.praxis.web.NotFound;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.RealDate;
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

/**
 * Accepting a visitor's suggested action: the QA lead accepting it chooses its owner (someone in the visited team, or
 * its manager), due date and priority, and the action is raised as theirs.
 */
@Controller
@RequestMapping("/practice-week/{weekId}/records/suggestions/{suggestionId}/accept")
class SuggestionController {

    /** The accepting QA lead's choices, in the page's order. */
    record AcceptForm(
            @NotBlank(message = "Choose who owns the action")
            String owner,

            @RealDate(label = "Due date", blank = "Enter the due date")
            DateInput due,

            @NotBlank(message = "Choose the action's priority")
            String priority) {}

    private final PracticeWeeks weeks;
    private final VisitRecords records;
    private final StaffAccounts accounts;
    private final Clock clock;

    SuggestionController(PracticeWeeks weeks, VisitRecords records, StaffAccounts accounts, Clock clock) {
        this.weeks = weeks;
        this.records = records;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(Policies.QA_LEADS)
    String form(@PathVariable long weekId, @PathVariable long suggestionId, Model model) {
        var week = weeks.found(weekId);
        var suggestion = records.openSuggestion(weekId, suggestionId).orElseThrow(() -> new NotFound());
        var due = week.lastDay().plusWeeks(6);
        return page(
                model,
                week,
                suggestion,
                new AcceptForm(null, DateInput.of(due.isBefore(LocalDate.now(clock)) ? null : due), "MEDIUM"),
                List.of());
    }

    @PostMapping
    @PreAuthorize(Policies.QA_LEADS)
    @ReturnTo("/practice-week/{weekId}/records")
    String accept(
            @PathVariable long weekId,
            @PathVariable long suggestionId,
            @Valid @ModelAttribute("form") AcceptForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var week = weeks.found(weekId);
        // Someone else may have decided it since the page was opened.
        var suggestion = records.openSuggestion(weekId, suggestionId)
                .orElseThrow(() -> new org.praxis.web.Refused("That suggestion has already been decided"));
        var owner = FormValues.id(form.owner());
        if (!result.hasFieldErrors("owner")
                && (owner == null
                        || owners(suggestion).stream().noneMatch(o -> o.value().equals(String.valueOf(owner))))) {
            result.rejectValue("owner", "owner", "Choose who owns the action");
        }
        var due = form.due() == null
                ? java.util.Optional.<LocalDate>empty()
                : form.due().date();
        if (due.isPresent() && due.get().isBefore(LocalDate.now(clock))) {
            result.rejectValue("due", "past", "The due date must be today or later");
        }
        var priority = Priority.named(form.priority());
        if (!result.hasFieldErrors("priority") && priority.isEmpty()) {
            result.rejectValue("priority", "priority", "Choose the action's priority");
        }
        if (result.hasErrors()) {
            return page(model, week, suggestion, form, Problem.allIn(result, AcceptForm.class));
        }
        long action = records.accept(weekId, suggestionId, owner, due.get(), priority.get(), CurrentUser.require());
        redirect.addFlashAttribute("saved", "Action raised: number " + action + ", and its owner told");
        return "redirect:/practice-week/" + weekId + "/records";
    }

    private String page(
            Model model,
            PracticeWeeks.Week week,
            VisitRecords.OpenSuggestion suggestion,
            AcceptForm form,
            List<Problem> problems) {
        model.addAttribute("week", week);
        model.addAttribute("suggestion", suggestion);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("ownerOptions", owners(suggestion));
        model.addAttribute(
                "priorityOptions",
                Arrays.stream(Priority.values())
                        .map(p -> new Option(p.name(), p.label()))
                        .toList());
        return "practiceweek/accept-suggestion";
    }

    /** The visited team's staff with accounts, and its managers. */
    private List<Option> owners(VisitRecords.OpenSuggestion suggestion) {
        var options = new LinkedHashMap<Long, Option>();
        accounts.managersOf(suggestion.teamId()).stream()
                .map(id -> accounts.byIds(List.of(id)).get(id))
                .filter(a -> a != null)
                .forEach(a -> options.put(a.userId(), new Option(String.valueOf(a.userId()), a.name() + " (manager)")));
        accounts.inTeam(suggestion.teamId())
                .forEach(a -> options.putIfAbsent(a.userId(), new Option(String.valueOf(a.userId()), a.name())));
        return List.copyOf(options.values());
    }
}
