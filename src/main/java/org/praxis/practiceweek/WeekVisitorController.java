package org.praxis.practiceweek;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.RecordRefused;
import org.praxis.web.Cell;
import org.praxis.web.FormValues;
import org.praxis.web.Option;
import org.praxis.web.Problem;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Who visits: the QA lead adds visitors and sees who has not answered; each visitor says when they are free. */
@Controller
@RequestMapping("/practice-week/{weekId}")
class WeekVisitorController {

    /**
     * A visitor's availability, its fields in the page's order. The half-days (during the week, and some when
     * visits are offered) are checked by the controller, which knows the week.
     */
    record AvailabilityForm(
            List<String> halfDays,

            @NotBlank(message = "Enter how many visits you can do, from 0 to 20")
            @WholeNumber(min = 0, max = 20, label = "The number of visits")
            String maxVisits,

            List<String> serviceAreaIds,
            List<String> activities) {

        WeekVisitors.Availability availability(Set<WeekVisitors.HalfDay> free) {
            var areas = new HashSet<Long>();
            (serviceAreaIds == null ? List.<String>of() : serviceAreaIds)
                    .stream().map(FormValues::id).filter(Objects::nonNull).forEach(areas::add);
            Set<Activity> wanted = new HashSet<>();
            (activities == null ? List.<String>of() : activities)
                    .stream()
                            .map(a -> FormValues.parse(Activity.class, a))
                            .filter(Objects::nonNull)
                            .forEach(wanted::add);
            return new WeekVisitors.Availability(free, FormValues.number(maxVisits), areas, wanted);
        }
    }

    private final PracticeWeeks weeks;
    private final WeekVisitors visitors;

    WeekVisitorController(PracticeWeeks weeks, WeekVisitors visitors) {
        this.weeks = weeks;
        this.visitors = visitors;
    }

    @GetMapping("/visitors")
    @PreAuthorize(Policies.QA_LEADS)
    String visitors(@PathVariable long weekId, Model model) {
        var week = weeks.found(weekId);
        model.addAttribute("week", week);
        var list = visitors.ofWeek(weekId);
        model.addAttribute(
                "rows",
                list.stream()
                        .map(v -> List.of(
                                Cell.text(v.name()),
                                Cell.text(v.kind().label() + (v.seniorLeader() ? " (senior)" : "")),
                                Cell.text(v.organisation() == null ? "" : v.organisation()),
                                v.cleared() ? Cell.tag("Cleared", "green") : Cell.tag("Not cleared", "grey"),
                                v.answeredAt() == null
                                        ? Cell.tag("Not answered", "red")
                                        : Cell.text(v.maxVisits() + " visits")))
                        .toList());
        model.addAttribute(
                "notAnswered", list.stream().filter(v -> v.answeredAt() == null).count());
        model.addAttribute(
                "candidates",
                visitors.candidates(weekId).stream()
                        .map(c -> new Option(
                                String.valueOf(c.userId()),
                                // "Sam Lee (senior leader)", "Jo Ray (councillor, Northbridge City Council)"
                                c.name() + " ("
                                        + (c.seniorLeader() ? "senior " : "")
                                        + c.kind().label().toLowerCase()
                                        + (c.kind() == WeekVisitors.Kind.LEADER ? "" : ", " + c.organisation())
                                        + ")"))
                        .toList());
        return "practiceweek/visitors";
    }

    @PostMapping("/visitors")
    @PreAuthorize(Policies.QA_LEADS)
    String addVisitors(
            @PathVariable long weekId,
            @RequestParam(name = "userIds", required = false) List<String> userIds,
            RedirectAttributes redirect) {
        weeks.found(weekId);
        var ids = (userIds == null ? List.<String>of() : userIds)
                .stream().map(FormValues::id).filter(Objects::nonNull).toList();
        int added = visitors.add(weekId, ids, CurrentUser.require().username());
        redirect.addFlashAttribute(
                "saved",
                added == 0
                        ? "Nobody was added: tick the people to add"
                        : "Added " + added + (added == 1 ? " visitor" : " visitors"));
        return "redirect:/practice-week/" + weekId + "/visitors";
    }

    private WeekVisitors.WeekVisitor me(long weekId) {
        return visitors.of(weekId, CurrentUser.require().userId())
                .orElseThrow(() -> new RecordRefused("Practice Week", weekId, "Not a visitor in this week"));
    }

    @GetMapping("/availability")
    @PreAuthorize(Policies.PRACTICE_WEEK_VISITORS)
    String availability(@PathVariable long weekId, Model model) {
        var week = weeks.found(weekId);
        var me = me(weekId);
        var now = visitors.availability(me.id());
        model.addAttribute(
                "form",
                new AvailabilityForm(
                        now.halfDays().stream().map(WeekVisitors.HalfDay::value).toList(),
                        me.answeredAt() == null ? "" : String.valueOf(now.maxVisits()),
                        now.serviceAreaIds().stream().map(String::valueOf).toList(),
                        now.activities().stream().map(Enum::name).toList()));
        return availabilityForm(week, model);
    }

    private String availabilityForm(PracticeWeeks.Week week, Model model) {
        model.addAttribute("week", week);
        var halfDays = new ArrayList<Option>();
        for (var day : week.days()) {
            for (boolean afternoon : new boolean[] {false, true}) {
                halfDays.add(new Option(
                        new WeekVisitors.HalfDay(day, afternoon).value(),
                        PracticeWeekPages.shortDay(day) + (afternoon ? ", afternoon" : ", morning")));
            }
        }
        model.addAttribute("halfDayOptions", halfDays);
        model.addAttribute("serviceAreaOptions", weeks.serviceAreas(week.id()));
        model.addAttribute(
                "activityOptions",
                Arrays.stream(Activity.values())
                        .map(a -> new Option(a.name(), a.label()))
                        .toList());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "practiceweek/availability";
    }

    @PostMapping("/availability")
    @PreAuthorize(Policies.PRACTICE_WEEK_VISITORS)
    String answer(
            @PathVariable long weekId,
            @Valid @ModelAttribute("form") AvailabilityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var week = weeks.found(weekId);
        var me = me(weekId);
        var free = new HashSet<WeekVisitors.HalfDay>();
        for (var value : form.halfDays() == null ? List.<String>of() : form.halfDays()) {
            var halfDay = WeekVisitors.HalfDay.parse(value).filter(h -> week.includes(h.day()));
            if (halfDay.isEmpty()) {
                result.rejectValue("halfDays", "halfDays", "Choose half-days during the week");
                break;
            }
            free.add(halfDay.get());
        }
        var max = FormValues.number(form.maxVisits());
        if (max != null && max > 0 && free.isEmpty() && !result.hasFieldErrors("halfDays")) {
            result.rejectValue("halfDays", "halfDays", "Choose when you are free, or enter 0 visits");
        }
        if (result.hasErrors()) {
            model.addAttribute("problems", Problem.allIn(result, AvailabilityForm.class));
            return availabilityForm(week, model);
        }
        visitors.answer(me.id(), form.availability(free));
        redirect.addFlashAttribute("saved", "Thank you: we have your availability");
        return "redirect:/practice-week/" + weekId;
    }
}
