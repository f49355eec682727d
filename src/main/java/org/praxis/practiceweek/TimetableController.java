package org.praxis.practiceweek;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.RecordRefused;
import org.praxis.identity.Role;
import org.praxis.web.FormValues;
import org.praxis.web.NotFound;
import org.praxis.web.Refused;
import org.praxis.web.ReturnTo;
import org.praxis.web.WholeNumber;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The timetable: the QA lead builds it (solve, watch, stop, pin, solve again); visitors see their own visits and
 * managers who is visiting their team, each also as a calendar file.
 */
@Controller
@RequestMapping("/practice-week/{weekId}")
class TimetableController {

    private final PracticeWeeks weeks;
    private final Timetabling timetabling;
    private final TimetableViews views;
    private final WeekVisitors visitors;

    private final java.time.Clock clock;

    TimetableController(
            PracticeWeeks weeks,
            Timetabling timetabling,
            TimetableViews views,
            WeekVisitors visitors,
            java.time.Clock clock) {
        this.clock = clock;
        this.weeks = weeks;
        this.timetabling = timetabling;
        this.views = views;
        this.visitors = visitors;
    }

    @GetMapping("/timetable")
    @PreAuthorize(Policies.QA_LEADS)
    String timetable(@PathVariable long weekId, Model model) {
        var week = weeks.found(weekId);
        model.addAttribute("week", week);
        model.addAttribute("solving", week.building());
        model.addAttribute(
                "unmet",
                week.unmet() == null || week.unmet().isBlank()
                        ? List.of()
                        : List.of(week.unmet().split("\n")));
        // Slots come in time order, so days come in order too.
        var byDay = new java.util.LinkedHashMap<String, List<TimetableViews.SlotWithVisitors>>();
        for (var s : views.week(weekId)) {
            byDay.computeIfAbsent(
                            PracticeWeekPages.day(s.slot().startsAt().toLocalDate()), d -> new java.util.ArrayList<>())
                    .add(s);
        }
        model.addAttribute("days", byDay);
        model.addAttribute("over", week.over(java.time.LocalDate.now(clock)));
        var visited = byDay.values().stream()
                .flatMap(List::stream)
                .filter(v -> v.filled() > 0)
                .map(v -> v.slot().teamId())
                .collect(Collectors.toSet());
        model.addAttribute(
                "notVisited",
                weeks.teams(weekId).stream()
                        .filter(t -> !visited.contains(t.id()))
                        .map(PracticeWeeks.TeamTakingPart::name)
                        .toList());
        model.addAttribute(
                "places",
                byDay.values().stream()
                        .flatMap(List::stream)
                        .mapToLong(s -> s.seats().size())
                        .sum());
        model.addAttribute(
                "filled",
                byDay.values().stream()
                        .flatMap(List::stream)
                        .mapToLong(TimetableViews.SlotWithVisitors::filled)
                        .sum());
        return "practiceweek/timetable";
    }

    /** How long the solver may search; left empty, 30 seconds. */
    record SolveForm(
            @WholeNumber(min = 5, max = Timetabling.LONGEST_SOLVE_SECONDS, label = "The time limit")
            String seconds) {}

    @PostMapping("/timetable/solve")
    @PreAuthorize(Policies.QA_LEADS)
    @ReturnTo("/practice-week/{weekId}/timetable")
    String solve(
            @PathVariable long weekId,
            @Valid @ModelAttribute SolveForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        stillToCome(weeks.found(weekId));
        if (result.hasErrors()) {
            throw new Refused(
                    "seconds",
                    "The time limit must be a whole number of seconds from 5 to " + Timetabling.LONGEST_SOLVE_SECONDS);
        }
        var limit = FormValues.number(form.seconds());
        timetabling.solve(
                weekId, limit == null ? 30 : limit, CurrentUser.require().username());
        redirect.addFlashAttribute("saved", "Building the timetable: the best so far shows below as it improves");
        return "redirect:/practice-week/" + weekId + "/timetable";
    }

    @PostMapping("/timetable/stop")
    @PreAuthorize(Policies.QA_LEADS)
    String stop(@PathVariable long weekId, RedirectAttributes redirect) {
        weeks.found(weekId);
        timetabling.stop(weekId);
        redirect.addFlashAttribute("saved", "Stopping: the best timetable so far is kept");
        return "redirect:/practice-week/" + weekId + "/timetable";
    }

    @PostMapping("/timetable/pin")
    @PreAuthorize(Policies.QA_LEADS)
    @ReturnTo("/practice-week/{weekId}/timetable")
    String pin(
            @PathVariable long weekId,
            @RequestParam("slot") String slot,
            @RequestParam("place") String place,
            @RequestParam("pinned") String pinned,
            RedirectAttributes redirect) {
        stillToCome(weeks.found(weekId));
        var slotId = FormValues.id(slot);
        int placeIndex;
        try {
            placeIndex = Integer.parseInt(place);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (slotId == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        boolean pin = "true".equals(pinned);
        if (!timetabling.pin(weekId, slotId, placeIndex, pin)) {
            throw new NotFound();
        }
        redirect.addFlashAttribute("saved", pin ? "Pinned: solving again keeps it" : "Unpinned");
        return "redirect:/practice-week/" + weekId + "/timetable";
    }

    /** A week that is over keeps the timetable it ran with: nothing may change it. */
    private void stillToCome(PracticeWeeks.Week week) {
        if (week.over(java.time.LocalDate.now(clock))) {
            throw new Refused("This Practice Week is over: its timetable is kept as it was and cannot change");
        }
    }

    @GetMapping("/my-visits")
    @PreAuthorize(Policies.PRACTICE_WEEK_VISITORS)
    String myVisits(@PathVariable long weekId, Model model) {
        var week = weeks.found(weekId);
        var user = CurrentUser.require();
        visitors.of(weekId, user.userId())
                .orElseThrow(() -> new RecordRefused("Practice Week", weekId, "Not a visitor in this week"));
        model.addAttribute("week", week);
        model.addAttribute("heading", "Your timetable");
        model.addAttribute("calendarHref", "/practice-week/" + weekId + "/my-visits.ics");
        model.addAttribute("visits", grouped(views.visitsOf(weekId, user.userId())));
        model.addAttribute("forTeam", false);
        return "practiceweek/visits";
    }

    @GetMapping(value = "/my-visits.ics", produces = "text/calendar")
    @PreAuthorize(Policies.PRACTICE_WEEK_VISITORS)
    ResponseEntity<String> myCalendar(@PathVariable long weekId) {
        weeks.found(weekId);
        var user = CurrentUser.require();
        var me = visitors.of(weekId, user.userId())
                .orElseThrow(() -> new RecordRefused("Practice Week", weekId, "Not a visitor in this week"));
        return calendar(VisitCalendar.of(views.visitsOf(weekId, user.userId()), "visitor-" + me.id()), "my-visits");
    }

    /** The team a manager may see; a QA lead chooses with {@code team}. */
    private long teamOf(long weekId, String team) {
        var user = CurrentUser.require();
        var teams = weeks.teams(weekId);
        // A manager sees their team; a service manager the team they ask for in their scope, or the first taking part.
        var requested = FormValues.id(team);
        Long wanted = user.has(Role.QA_LEAD)
                ? requested
                : requested != null && user.inScope(requested)
                        ? requested
                        : teams.stream()
                                .map(PracticeWeeks.TeamTakingPart::id)
                                .filter(user::inScope)
                                .findFirst()
                                .orElse(user.teamId());
        if (wanted == null || teams.stream().noneMatch(t -> t.id() == wanted)) {
            if (user.has(Role.QA_LEAD)) {
                throw new NotFound();
            }
            throw new RecordRefused("Practice Week", weekId, "The user's team is not taking part");
        }
        return wanted;
    }

    @GetMapping("/team-visits")
    @PreAuthorize(Policies.SLOT_OFFERERS)
    String teamVisits(
            @PathVariable long weekId, @RequestParam(name = "team", required = false) String team, Model model) {
        var week = weeks.found(weekId);
        long teamId = teamOf(weekId, team);
        var name = weeks.teams(weekId).stream()
                .filter(t -> t.id() == teamId)
                .findFirst()
                .orElseThrow()
                .name();
        model.addAttribute("week", week);
        model.addAttribute("heading", "Visitors to " + name);
        model.addAttribute("calendarHref", "/practice-week/" + weekId + "/team-visits.ics?team=" + teamId);
        model.addAttribute("visits", grouped(views.visitsToTeam(weekId, teamId)));
        model.addAttribute("forTeam", true);
        return "practiceweek/visits";
    }

    @GetMapping(value = "/team-visits.ics", produces = "text/calendar")
    @PreAuthorize(Policies.SLOT_OFFERERS)
    ResponseEntity<String> teamCalendar(
            @PathVariable long weekId, @RequestParam(name = "team", required = false) String team) {
        weeks.found(weekId);
        long teamId = teamOf(weekId, team);
        return calendar(VisitCalendar.of(views.visitsToTeam(weekId, teamId), "team-" + teamId), "team-visits");
    }

    /** Visits by day, the day written out; visits come in time order. */
    private static Map<String, List<TimetableViews.Visit>> grouped(List<TimetableViews.Visit> visits) {
        return visits.stream()
                .collect(Collectors.groupingBy(
                        v -> PracticeWeekPages.day(v.startsAt().toLocalDate()),
                        java.util.LinkedHashMap::new,
                        Collectors.toList()));
    }

    private static ResponseEntity<String> calendar(String body, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".ics\"")
                .body(body);
    }
}
