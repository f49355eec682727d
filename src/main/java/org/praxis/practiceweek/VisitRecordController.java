package org.praxis.practiceweek;

import jakarta.validation.Valid;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.RecordRefused;
import org.praxis.web.FormValues;
import org.praxis.web.MaxLength;
import org.praxis.web.NotFound;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * After the visit: the visitor's record, the QA lead's review of records and suggested actions, the visited team's
 * view of the feedback about their practice, and staff's feedback on the week.
 */
@Controller
@RequestMapping("/practice-week/{weekId}")
class VisitRecordController {

    static final String TEAM_STAFF = "hasAnyRole('MANAGER', 'PRACTITIONER')";
    private static final int LONGEST = 10_000;

    /**
     * A visitor's record of a visit, its fields in the page's order. What must be filled in before it is sent, and
     * the suggested actions (one a line), are checked by the controller.
     */
    record RecordForm(
            @MaxLength(value = LONGEST, label = "What you saw")
            String whatTheySaw,

            @MaxLength(value = LONGEST, label = "What went well")
            String wentWell,

            @MaxLength(value = LONGEST, label = "What could be better")
            String couldBeBetter,

            @MaxLength(value = LONGEST, label = "What people said")
            String peopleSaid,

            @MaxLength(value = LONGEST, label = "What you will take back")
            String takeBack,

            @MaxLength(value = LONGEST, label = "The case detail")
            String caseDetail,

            @MaxLength(value = 1000, label = "The themes") String themes,
            String suggestedActions,
            String version) {

        List<String> actions() {
            return (suggestedActions == null ? "" : suggestedActions)
                    .lines()
                    .filter(line -> !line.isBlank())
                    .map(String::strip)
                    .toList();
        }

        VisitRecords.Entry entry(boolean mayWriteCaseDetail) {
            return new VisitRecords.Entry(
                    FormValues.tidy(whatTheySaw),
                    FormValues.tidy(wentWell),
                    FormValues.tidy(couldBeBetter),
                    FormValues.tidy(peopleSaid),
                    FormValues.tidy(takeBack),
                    mayWriteCaseDetail ? FormValues.tidy(caseDetail) : null,
                    FormValues.tidy(themes),
                    actions());
        }
    }

    private final PracticeWeeks weeks;
    private final WeekVisitors visitors;
    private final VisitSlots slots;
    private final VisitRecords records;

    VisitRecordController(PracticeWeeks weeks, WeekVisitors visitors, VisitSlots slots, VisitRecords records) {
        this.weeks = weeks;
        this.visitors = visitors;
        this.slots = slots;
        this.records = records;
    }

    /** The signed-in visitor and a slot they were placed on. */
    private record Visit(WeekVisitors.WeekVisitor me, VisitSlots.Slot slot) {}

    /** The signed-in visitor and the slot they visited; 403 when they were not placed on it. */
    private Visit visit(long weekId, long slotId) {
        var me = visitors.of(weekId, CurrentUser.require().userId())
                .orElseThrow(() -> new RecordRefused("Practice Week", weekId, "Not a visitor in this week"));
        var slot = slots.slot(slotId).filter(s -> s.weekId() == weekId).orElseThrow(() -> new NotFound());
        if (!records.visited(slotId, me.id())) {
            throw new RecordRefused("Visit record", slotId, "Not placed on this visit");
        }
        return new Visit(me, slot);
    }

    @GetMapping("/visits/{slotId}/record")
    @PreAuthorize(Policies.PRACTICE_WEEK_VISITORS)
    String record(@PathVariable long weekId, @PathVariable long slotId, Model model) {
        var week = weeks.found(weekId);
        var visit = visit(weekId, slotId);
        var me = visit.me();
        var existing = records.of(slotId, me.id());
        var e = existing.map(VisitRecords.VisitRecord::entry).orElse(null);
        model.addAttribute(
                "form",
                e == null
                        ? new RecordForm("", "", "", "", "", "", "", "", "-1")
                        : new RecordForm(
                                e.whatTheySaw(),
                                e.wentWell(),
                                e.couldBeBetter(),
                                e.peopleSaid(),
                                e.takeBack(),
                                e.caseDetail(),
                                e.themes(),
                                String.join("\n", e.suggestedActions()),
                                String.valueOf(existing.get().version())));
        model.addAttribute(
                "submitted",
                existing.map(r -> r.status() == VisitRecords.Status.SUBMITTED).orElse(false));
        return recordForm(week, visit.slot(), me, model);
    }

    private String recordForm(PracticeWeeks.Week week, VisitSlots.Slot slot, WeekVisitors.WeekVisitor me, Model model) {
        model.addAttribute("week", week);
        model.addAttribute("slot", slot);
        model.addAttribute(
                "slotWhen",
                PracticeWeekPages.day(slot.startsAt().toLocalDate()) + ", "
                        + PracticeWeekPages.times(slot.startsAt(), slot.endsAt()));
        model.addAttribute("mayWriteCaseDetail", me.cleared() && slot.caseData());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "practiceweek/record-form";
    }

    @PostMapping("/visits/{slotId}/record")
    @PreAuthorize(Policies.PRACTICE_WEEK_VISITORS)
    String saveRecord(
            @PathVariable long weekId,
            @PathVariable long slotId,
            @RequestParam(name = "submit", required = false) String submit,
            @Valid @ModelAttribute("form") RecordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var week = weeks.found(weekId);
        var visit = visit(weekId, slotId);
        var me = visit.me();
        var slot = visit.slot();
        boolean submitting = submit != null;
        if (submitting) { // a draft may be saved half-written; a record sent must say these
            if (FormValues.blank(form.whatTheySaw())) {
                result.rejectValue("whatTheySaw", "whatTheySaw", "Enter what you saw");
            }
            if (FormValues.blank(form.wentWell())) {
                result.rejectValue("wentWell", "wentWell", "Enter what went well");
            }
            if (FormValues.blank(form.couldBeBetter())) {
                result.rejectValue("couldBeBetter", "couldBeBetter", "Enter what could be better");
            }
        }
        if (form.actions().size() > 10) {
            result.rejectValue("suggestedActions", "suggestedActions", "Suggest at most 10 actions, one a line");
        } else if (form.actions().stream().anyMatch(a -> a.length() > 200)) {
            result.rejectValue(
                    "suggestedActions", "suggestedActions", "Each suggested action must be 200 characters or fewer");
        }
        if (!result.hasErrors()) {
            int version;
            try {
                version = Integer.parseInt(form.version());
            } catch (NumberFormatException e) {
                version = -2;
            }
            try {
                records.save(slotId, me.id(), form.entry(me.cleared() && slot.caseData()), submitting, version);
                redirect.addFlashAttribute(
                        "saved",
                        submitting
                                ? "Thank you: your record is sent. The team will see your feedback about their practice."
                                : "Saved: you can come back to it later");
                return "redirect:/practice-week/" + weekId + "/my-visits";
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, RecordForm.class));
        model.addAttribute("submitted", false);
        return recordForm(week, slot, me, model);
    }

    @GetMapping("/records")
    @PreAuthorize(Policies.QA_LEADS)
    String records(@PathVariable long weekId, Model model) {
        model.addAttribute("week", weeks.found(weekId));
        model.addAttribute("records", records.submitted(weekId));
        model.addAttribute("staffFeedback", records.staffFeedback(weekId));
        return "practiceweek/records";
    }

    @PostMapping("/records/suggestions/{suggestionId}/{decision}")
    @PreAuthorize(Policies.QA_LEADS)
    @ReturnTo("/practice-week/{weekId}/records")
    String decide(
            @PathVariable long weekId,
            @PathVariable long suggestionId,
            @PathVariable String decision,
            RedirectAttributes redirect) {
        weeks.found(weekId);
        var user = CurrentUser.require();
        // Accepting asks for the owner, due date and priority first: SuggestionController.
        switch (decision) {
            case "decline" -> {
                records.decline(weekId, suggestionId, user.username());
                redirect.addFlashAttribute("saved", "Suggestion declined");
            }
            default -> throw new NotFound();
        }
        return "redirect:/practice-week/" + weekId + "/records";
    }

    @GetMapping("/team-feedback")
    @PreAuthorize(Policies.TEAM_STAFF)
    String teamFeedback(@PathVariable long weekId, Model model) {
        var week = weeks.found(weekId);
        var user = CurrentUser.require();
        var team = weeks.teams(weekId).stream()
                .filter(t -> user.inScope(t.id()))
                .findFirst()
                .orElseThrow(() -> new RecordRefused("Practice Week", weekId, "The user's team is not taking part"));
        model.addAttribute("week", week);
        model.addAttribute("team", team.name());
        model.addAttribute("records", records.submittedForTeam(weekId, team.id()));
        return "practiceweek/team-feedback";
    }

    @GetMapping("/staff-feedback")
    @PreAuthorize(Policies.PRACTICE_STAFF)
    String staffFeedbackForm(@PathVariable long weekId, Model model) {
        model.addAttribute("week", weeks.found(weekId));
        model.addAttribute("problems", List.of());
        model.addAttribute("form", new StaffFeedbackForm("", ""));
        return "practiceweek/staff-feedback";
    }

    /** Staff's feedback on the week; at least one of the two is needed, which the controller checks. */
    record StaffFeedbackForm(
            @MaxLength(value = 5000, label = "What worked well")
            String workedWell,

            @MaxLength(value = 5000, label = "What could be better")
            String couldBeBetter) {}

    @PostMapping("/staff-feedback")
    @PreAuthorize(Policies.PRACTICE_STAFF)
    String giveStaffFeedback(
            @PathVariable long weekId,
            @Valid @ModelAttribute("form") StaffFeedbackForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var week = weeks.found(weekId);
        if (FormValues.blank(form.workedWell()) && FormValues.blank(form.couldBeBetter())) {
            result.rejectValue("workedWell", "workedWell", "Tell us what worked well or what could be better");
        }
        if (result.hasErrors()) {
            model.addAttribute("week", week);
            model.addAttribute("problems", Problem.allIn(result, StaffFeedbackForm.class));
            return "practiceweek/staff-feedback";
        }
        records.giveFeedback(
                weekId,
                CurrentUser.require().userId(),
                FormValues.tidy(form.workedWell()),
                FormValues.tidy(form.couldBeBetter()));
        redirect.addFlashAttribute("saved", "Thank you for your feedback on the week");
        return "redirect:/practice-week/" + weekId;
    }
}
