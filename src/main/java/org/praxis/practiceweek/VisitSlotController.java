package org.praxis.practiceweek;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.RecordRefused;
import org.praxis.web.DateInput;
import org.praxis.web.FormValues;
import org.praxis.web.MaxLength;
import org.praxis.web.NotFound;
import org.praxis.web.OneOf;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.RealDate;
import org.praxis.web.Refused;
import org.praxis.web.WholeNumber;
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

/** Visit slots: team managers offer them for their team, QA leads for any team taking part, and see them all. */
@Controller
@RequestMapping("/practice-week/{weekId}/slots")
class VisitSlotController {

    /**
     * A slot offered, its fields in the page's order. The team (one of those the person may offer for) and the
     * family's consent to a family visit are checked by the controller.
     */
    record SlotForm(
            String teamId,

            @OneOf(value = Activity.class, message = "Choose what the visitor will do")
            String activity,

            @RealDate(label = "Day", blank = "Enter the day of the visit")
            DateInput day,

            @NotBlank(message = "Enter the start time, like 9:30")
            @Pattern(
                    regexp = "\\s*([01]?\\d|2[0-3]):[0-5]\\d\\s*",
                    message = "Enter the start time as hours and minutes, like 9:30 or 14:00")
            String startTime,

            @NotBlank(message = "Enter how many minutes the visit lasts")
            @WholeNumber(min = 15, max = 480, label = "The length in minutes")
            String minutes,

            @NotBlank(message = "Enter where the visit takes place")
            @MaxLength(value = 200, label = "Where the visit takes place")
            String location,

            @NotBlank(message = "Enter how many visitors can come, from 1 to 20")
            @WholeNumber(min = 1, max = 20, label = "The number of visitors")
            String capacity,

            String caseData,
            String familyConsent,
            @MaxLength(value = 1000, label = "The details") String details) {

        VisitSlots.Offer offer() {
            var start = startTime.strip();
            return new VisitSlots.Offer(
                    FormValues.id(teamId),
                    FormValues.parse(Activity.class, activity),
                    LocalDateTime.of(
                            day.date().orElseThrow(), LocalTime.parse(start.length() == 4 ? "0" + start : start)),
                    FormValues.number(minutes),
                    location.strip(),
                    FormValues.number(capacity),
                    "yes".equals(caseData),
                    "yes".equals(familyConsent),
                    FormValues.blank(details) ? null : details.strip());
        }
    }

    record SlotRow(
            long id, String when, String team, String activity, String location, int capacity, boolean caseData) {}

    private final PracticeWeeks weeks;
    private final VisitSlots slots;

    VisitSlotController(PracticeWeeks weeks, VisitSlots slots) {
        this.weeks = weeks;
        this.slots = slots;
    }

    /** The teams this person may offer for; a manager whose team is not taking part gets none, and a 403. */
    private List<PracticeWeeks.TeamTakingPart> offeringTeams(long weekId) {
        var teams = slots.teamsFor(weeks.teams(weekId), CurrentUser.require());
        if (teams.isEmpty()) {
            throw new RecordRefused("Practice Week", weekId, "No team of the user's takes part");
        }
        return teams;
    }

    @GetMapping
    @PreAuthorize(Policies.SLOT_OFFERERS)
    String list(@PathVariable long weekId, Model model) {
        var week = weeks.found(weekId);
        var teams = offeringTeams(weekId);
        var teamIds = teams.stream().map(PracticeWeeks.TeamTakingPart::id).toList();
        model.addAttribute("week", week);
        model.addAttribute(
                "slotList",
                slots.ofWeek(weekId).stream()
                        .filter(s -> teamIds.contains(s.teamId()))
                        .map(s -> new SlotRow(
                                s.id(),
                                PracticeWeekPages.shortDay(s.startsAt().toLocalDate()) + ", "
                                        + PracticeWeekPages.times(s.startsAt(), s.endsAt()),
                                s.team(),
                                s.activity().label(),
                                s.location(),
                                s.capacity(),
                                s.caseData()))
                        .toList());
        return "practiceweek/slots";
    }

    @GetMapping("/new")
    @PreAuthorize(Policies.SLOT_OFFERERS)
    String newSlot(@PathVariable long weekId, Model model) {
        var week = weeks.found(weekId);
        var teams = offeringTeams(weekId);
        model.addAttribute(
                "form",
                new SlotForm(
                        teams.size() == 1 ? String.valueOf(teams.getFirst().id()) : "",
                        "",
                        DateInput.of(week.firstDay()),
                        "",
                        "90",
                        "",
                        "2",
                        "no",
                        "",
                        ""));
        return slotForm(week, teams, model);
    }

    private String slotForm(PracticeWeeks.Week week, List<PracticeWeeks.TeamTakingPart> teams, Model model) {
        model.addAttribute("week", week);
        model.addAttribute(
                "teamOptions",
                teams.stream()
                        .map(t -> new Option(String.valueOf(t.id()), t.name()))
                        .toList());
        model.addAttribute(
                "activityOptions",
                Arrays.stream(Activity.values())
                        .map(a -> new Option(a.name(), a.label()))
                        .toList());
        model.addAttribute(
                "yesNo",
                List.of(
                        new Option("yes", "Yes: only visitors cleared for case data may take it"),
                        new Option("no", "No")));
        model.addAttribute("consentOptions", List.of(new Option("yes", "The family has agreed to meet a visitor")));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "practiceweek/slot-form";
    }

    @PostMapping("/new")
    @PreAuthorize(Policies.SLOT_OFFERERS)
    String offer(
            @PathVariable long weekId,
            @Valid @ModelAttribute("form") SlotForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var week = weeks.found(weekId);
        var teams = offeringTeams(weekId);
        var team = FormValues.id(form.teamId());
        if (team == null || teams.stream().noneMatch(t -> t.id() == team)) {
            result.rejectValue("teamId", "teamId", "Choose the team offering the slot");
        }
        if (Activity.MEET_FAMILY.name().equals(form.activity()) && !"yes".equals(form.familyConsent())) {
            result.rejectValue(
                    "familyConsent",
                    "familyConsent",
                    "Confirm the family has agreed to meet a visitor: without their consent, the slot cannot be offered");
        }
        if (!result.hasErrors()) {
            try {
                slots.offer(week, form.offer(), CurrentUser.require().username());
                redirect.addFlashAttribute("saved", "Visit slot offered");
                return "redirect:/practice-week/" + weekId + "/slots";
            } catch (Refused e) { // a day outside the week: the form again, as typed
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, SlotForm.class));
        return slotForm(week, teams, model);
    }

    @PostMapping("/{slotId}/withdraw")
    @PreAuthorize(Policies.SLOT_OFFERERS)
    String withdraw(@PathVariable long weekId, @PathVariable long slotId, RedirectAttributes redirect) {
        var teamIds = offeringTeams(weekId).stream()
                .map(PracticeWeeks.TeamTakingPart::id)
                .toList();
        var slot = slots.slot(slotId)
                .filter(s -> s.weekId() == weekId && teamIds.contains(s.teamId()))
                .orElseThrow(() -> new NotFound());
        slots.withdraw(slot.id());
        redirect.addFlashAttribute("saved", "Visit slot withdrawn");
        return "redirect:/practice-week/" + weekId + "/slots";
    }
}
