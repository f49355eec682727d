package org.praxis.practiceweek;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.RecordRefused;
import org.praxis.web.DateInput;
import org.praxis.web.FormValues;
import org.praxis.web.NotFound;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.Refused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
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

    record SlotForm(
            String teamId,
            String activity,
            DateInput day,
            String startTime,
            String minutes,
            String location,
            String capacity,
            String caseData,
            String familyConsent,
            String details) {

        Optional<VisitSlots.Offer> check(Errors errors, List<PracticeWeeks.TeamTakingPart> teams) {
            var team = FormValues.id(teamId);
            if (team == null || teams.stream().noneMatch(t -> t.id() == team)) {
                errors.rejectValue("teamId", "teamId", "Choose the team offering the slot");
            }
            var what = FormValues.parse(Activity.class, activity);
            if (what == null) {
                errors.rejectValue("activity", "activity", "Choose what the visitor will do");
            }
            var date = DateInput.read(day, "day", "Day", errors);
            if (date.isEmpty() && !errors.hasFieldErrors("day")) {
                errors.rejectValue("day", "day", "Enter the day of the visit");
            }
            LocalTime start = null;
            if (startTime == null || startTime.isBlank()) {
                errors.rejectValue("startTime", "startTime", "Enter the start time, like 9:30");
            } else {
                try {
                    start = LocalTime.parse(
                            startTime.strip().length() == 4 ? "0" + startTime.strip() : startTime.strip());
                } catch (DateTimeParseException e) {
                    errors.rejectValue(
                            "startTime", "startTime", "Enter the start time as hours and minutes, like 9:30 or 14:00");
                }
            }
            Integer length = FormValues.wholeNumber(errors, "minutes", minutes, 15, 480, "The length in minutes");
            if (length == null && !errors.hasFieldErrors("minutes")) {
                errors.rejectValue("minutes", "minutes", "Enter how many minutes the visit lasts");
            }
            FormValues.required(errors, "location", location, 200, "where the visit takes place");
            Integer places = FormValues.wholeNumber(errors, "capacity", capacity, 1, 20, "The number of visitors");
            if (places == null && !errors.hasFieldErrors("capacity")) {
                errors.rejectValue("capacity", "capacity", "Enter how many visitors can come, from 1 to 20");
            }
            boolean consent = "yes".equals(familyConsent);
            if (what == Activity.MEET_FAMILY && !consent) {
                errors.rejectValue(
                        "familyConsent",
                        "familyConsent",
                        "Confirm the family has agreed to meet a visitor: without their consent, the slot cannot be offered");
            }
            FormValues.optional(errors, "details", details, 1000, "the details");
            if (errors.hasErrors()) {
                return Optional.empty();
            }
            return Optional.of(new VisitSlots.Offer(
                    team,
                    what,
                    LocalDateTime.of(date.get(), start),
                    length,
                    location.strip(),
                    places,
                    "yes".equals(caseData),
                    consent,
                    details == null || details.isBlank() ? null : details.strip()));
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
            @ModelAttribute("form") SlotForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var week = weeks.found(weekId);
        var teams = offeringTeams(weekId);
        var offer = form.check(result, teams);
        if (offer.isPresent()) {
            try {
                slots.offer(week, offer.get(), CurrentUser.require().username());
                redirect.addFlashAttribute("saved", "Visit slot offered");
                return "redirect:/practice-week/" + weekId + "/slots";
            } catch (Refused e) {
                result.rejectValue("day", "day", e.getMessage());
            }
        }
        model.addAttribute("problems", Problem.allIn(result));
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
