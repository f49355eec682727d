package org.praxis.practiceweek;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.RecordRefused;
import org.praxis.identity.Role;
import org.praxis.web.Cell;
import org.praxis.web.DateInput;
import org.praxis.web.FormValues;
import org.praxis.web.ListPage;
import org.praxis.web.MaxLength;
import org.praxis.web.Problem;
import org.praxis.web.RealDate;
import org.praxis.web.Refused;
import org.praxis.web.SummaryRow;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of Practice Weeks, setting one up, and a week's overview for each kind of person taking part. */
@Controller
@RequestMapping("/practice-week")
class PracticeWeekController {

    static final String ANYONE_TAKING_PART = "hasAnyRole('QA_LEAD', 'LEADER', 'MANAGER', 'PRACTITIONER', 'VISITOR')";

    /** A new week, its fields in the page's order; how the dates fit together is checked by the controller. */
    record WeekForm(
            @NotBlank(message = "Enter the week's name") @MaxLength(value = 200, label = "The week's name")
            String name,

            @RealDate(label = "First day", blank = "Enter the first day")
            DateInput firstDay,

            @RealDate(label = "Last day", blank = "Enter the last day")
            DateInput lastDay,

            @RealDate(label = "Slots offered by", blank = "Enter the date slots must be offered by")
            DateInput slotsDue,

            @RealDate(label = "Availability given by", blank = "Enter the date availability must be given by")
            DateInput availabilityDue,

            @NotEmpty(message = "Choose at least one service area")
            List<String> serviceAreaIds,

            List<String> teamIds) {

        PracticeWeeks.NewWeek week() {
            return new PracticeWeeks.NewWeek(
                    name.strip(),
                    firstDay.date().orElseThrow(),
                    lastDay.date().orElseThrow(),
                    slotsDue.date().orElseThrow(),
                    availabilityDue.date().orElseThrow(),
                    ids(serviceAreaIds),
                    ids(teamIds));
        }

        private static List<Long> ids(List<String> values) {
            return values == null
                    ? List.of()
                    : values.stream()
                            .map(FormValues::id)
                            .filter(Objects::nonNull)
                            .toList();
        }
    }

    private final PracticeWeeks weeks;
    private final VisitSlots slots;
    private final WeekVisitors visitors;
    private final WeekFormPage formPage;
    private final Clock clock;

    PracticeWeekController(
            PracticeWeeks weeks, VisitSlots slots, WeekVisitors visitors, WeekFormPage formPage, Clock clock) {
        this.formPage = formPage;
        this.weeks = weeks;
        this.slots = slots;
        this.visitors = visitors;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(Policies.PRACTICE_WEEK_PARTICIPANTS)
    String list(@RequestParam(name = "page", required = false) Integer page, Model model) {
        var found = weeks.list(ListPage.requested(page));
        var user = CurrentUser.require();
        var takingPart = user.has(Role.QA_LEAD) ? Set.<Long>of() : weeks.takingPart(user.userId(), user.teamIds());
        java.util.function.LongPredicate open = id -> user.has(Role.QA_LEAD) || takingPart.contains(id);
        model.addAttribute("page", found);
        model.addAttribute("canCreate", CurrentUser.require().has(Role.QA_LEAD));
        model.addAttribute(
                "rows",
                found.items().stream()
                        .map(w -> List.of(
                                // A week is linked only for those who may open it (QA leads, its visitors and teams).
                                open.test(w.id())
                                        ? Cell.link(w.name(), "/practice-week/" + w.id())
                                        : Cell.text(w.name()),
                                Cell.text(PracticeWeekPages.shortDay(w.firstDay()) + " to "
                                        + PracticeWeekPages.day(w.lastDay())),
                                Cell.number(w.teams()),
                                Cell.number(w.slots()),
                                Cell.number(w.visitors())))
                        .toList());
        return "practiceweek/list";
    }

    @GetMapping("/new")
    @PreAuthorize(Policies.QA_LEADS)
    String newWeek(Model model) {
        var monday = LocalDate.now(clock).plusWeeks(6).with(java.time.DayOfWeek.MONDAY);
        model.addAttribute(
                "form",
                new WeekForm(
                        "",
                        DateInput.of(monday),
                        DateInput.of(monday.plusDays(4)),
                        DateInput.of(monday.minusWeeks(3)),
                        DateInput.of(monday.minusWeeks(2)),
                        List.of(),
                        List.of()));
        return weekForm(model);
    }

    private String weekForm(Model model) {
        return formPage.show(model);
    }

    @PostMapping("/new")
    @PreAuthorize(Policies.QA_LEADS)
    String create(
            @Valid @ModelAttribute("form") WeekForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        checkDates(form, result);
        if (!result.hasErrors()) {
            try {
                long id = weeks.create(form.week(), CurrentUser.require().username());
                redirect.addFlashAttribute("saved", "Practice Week set up");
                return "redirect:/practice-week/" + id;
            } catch (Refused e) { // a team outside the chosen service areas: the form again, as typed
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, WeekForm.class));
        return weekForm(model);
    }

    /** The week lasts up to 14 days, and slots and availability are due by its first day. */
    static void checkDates(WeekForm form, Errors errors) {
        var first = form.firstDay() == null
                ? Optional.<LocalDate>empty()
                : form.firstDay().date();
        var last = form.lastDay() == null
                ? Optional.<LocalDate>empty()
                : form.lastDay().date();
        if (first.isEmpty() || last.isEmpty()) {
            return;
        }
        if (last.get().isBefore(first.get())) {
            errors.rejectValue("lastDay", "lastDay", "The last day must be the same as or after the first day");
        } else if (last.get().isAfter(first.get().plusDays(13))) {
            errors.rejectValue("lastDay", "lastDay", "A Practice Week can last at most 14 days");
        }
        if (form.slotsDue() != null
                && form.slotsDue().date().filter(d -> d.isAfter(first.get())).isPresent()) {
            errors.rejectValue("slotsDue", "slotsDue", "Slots must be offered by the first day of the week");
        }
        if (form.availabilityDue() != null
                && form.availabilityDue()
                        .date()
                        .filter(d -> d.isAfter(first.get()))
                        .isPresent()) {
            errors.rejectValue(
                    "availabilityDue", "availabilityDue", "Availability must be given by the first day of the week");
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(Policies.PRACTICE_WEEK_PARTICIPANTS)
    String week(@PathVariable long id, Model model) {
        var week = weeks.found(id);
        var user = CurrentUser.require();
        var teams = weeks.teams(id);
        var mine = visitors.of(id, user.userId());
        var myTeams = slots.teamsFor(teams, user);
        boolean qaLead = user.has(Role.QA_LEAD);
        if (!qaLead && mine.isEmpty() && myTeams.isEmpty() && !takesPart(teams, user)) {
            throw new RecordRefused("Practice Week", id, "Not taking part in this week");
        }
        model.addAttribute("week", week);
        model.addAttribute("qaLead", qaLead);
        model.addAttribute("leader", user.has(Role.LEADER));
        model.addAttribute("visitor", mine.orElse(null));
        model.addAttribute("myTeams", myTeams);
        model.addAttribute(
                "teamMember", (user.has(Role.MANAGER) || user.has(Role.PRACTITIONER)) && takesPart(teams, user));
        model.addAttribute(
                "staff",
                user.has(Role.QA_LEAD)
                        || user.has(Role.LEADER)
                        || user.has(Role.MANAGER)
                        || user.has(Role.PRACTITIONER));
        var summary = new ArrayList<SummaryRow>();
        summary.add(SummaryRow.of("Dates", week.datesText()));
        summary.add(SummaryRow.of("Slots offered by", week.slotsDueText()));
        summary.add(SummaryRow.of("Availability given by", week.availabilityDueText()));
        summary.add(SummaryRow.of(
                "Service areas",
                String.join(
                        ", ",
                        weeks.serviceAreas(id).stream()
                                .map(org.praxis.web.Option::text)
                                .toList())));
        model.addAttribute("summary", summary);
        model.addAttribute("canChange", qaLead && week.notStarted(LocalDate.now(clock)));
        if (qaLead) {
            var weekSlots = slots.ofWeek(id);
            var weekVisitors = visitors.ofWeek(id);
            model.addAttribute(
                    "teamRows",
                    teams.stream()
                            .map(t -> List.of(
                                    Cell.text(t.name()),
                                    Cell.text(t.serviceArea()),
                                    Cell.number(weekSlots.stream()
                                            .filter(s -> s.teamId() == t.id())
                                            .count())))
                            .toList());
            model.addAttribute("slotCount", weekSlots.size());
            model.addAttribute("visitorCount", weekVisitors.size());
            model.addAttribute(
                    "notAnswered",
                    weekVisitors.stream().filter(v -> v.answeredAt() == null).count());
        }
        return "practiceweek/week";
    }

    /** Practitioners see the week when their team takes part. */
    private static boolean takesPart(List<PracticeWeeks.TeamTakingPart> teams, CurrentUser user) {
        return teams.stream().anyMatch(t -> user.inScope(t.id()));
    }
}
