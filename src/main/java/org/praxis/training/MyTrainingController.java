package org.praxis.training;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.web.Cell;
import org.praxis.web.ListPage;
import org.praxis.web.NotFound;
import org.praxis.web.Refused;
import org.praxis.web.ReturnTo;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My training" for a practitioner or manager: the required training they have not done or is due again, the courses
 * aimed at their team and job role with their coming sessions, and the sessions they attended, where they say how
 * confident they were before and after.
 */
@Controller
@RequestMapping("/training/mine")
class MyTrainingController {

    /** One session attended, with what they answered. */
    record AttendedSession(long sessionId, String course, String when, Integer before, Integer after) {}

    private final Courses courses;
    private final Sessions sessions;
    private final Attendance attendance;
    private final Requirements requirements;
    private final Clock clock;

    MyTrainingController(
            Courses courses, Sessions sessions, Attendance attendance, Requirements requirements, Clock clock) {
        this.courses = courses;
        this.sessions = sessions;
        this.attendance = attendance;
        this.requirements = requirements;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(Policies.TEAM_STAFF)
    String mine(@RequestParam(required = false) Integer page, Model model) {
        var staffId = CurrentUser.require().staffId();
        model.addAttribute("linked", staffId != null);
        if (staffId == null) {
            return "training/mine";
        }
        var me = requirements.person(staffId).orElseThrow(NotFound::new);
        model.addAttribute(
                "required",
                requirements.due(List.of(), staffId).stream()
                        .map(d -> List.of(
                                Cell.text(d.courseTitle()),
                                Cell.text(d.lastAttended() == null ? "Never" : Dates.day(d.lastAttended())),
                                d.overdue() ? Cell.tag(d.status(), "red") : Cell.tag(d.status(), "green")))
                        .toList());
        var attended = attendance.attendedBy(staffId);
        var attendedCourses =
                attended.stream().map(Attendance.Attended::courseId).collect(Collectors.toSet());
        var aimed = courses.aimedAt(me.teamId(), me.jobRole()).stream()
                .filter(c -> !attendedCourses.contains(c.id()))
                .toList();
        var now = LocalDateTime.now(clock);
        var coming = sessions.ofCourses(aimed.stream().map(Courses.Course::id).toList()).stream()
                .filter(s -> s.startsAt().isAfter(now))
                .collect(Collectors.groupingBy(Sessions.Session::courseId));
        model.addAttribute(
                "page",
                ListsInMemory.page(aimed, ListPage.requested(page))
                        .map(c -> List.of(
                                Cell.text(c.title()),
                                Cell.text(coming.getOrDefault(c.id(), List.of()).stream()
                                        .map(s -> Dates.dayAndTime(s.startsAt()) + ", " + s.place())
                                        .collect(Collectors.joining("\n"))))));
        var titles = courses.titles();
        model.addAttribute(
                "attended",
                attended.stream()
                        .map(a -> new AttendedSession(
                                a.sessionId(),
                                titles.getOrDefault(a.courseId(), ""),
                                Dates.dayAndTime(a.startsAt()),
                                a.before(),
                                a.after()))
                        .toList());
        model.addAttribute("scale", List.of("1", "2", "3", "4", "5"));
        return "training/mine";
    }

    @PostMapping("/sessions/{id}/confidence")
    @PreAuthorize(Policies.TEAM_STAFF)
    @ReturnTo("/training/mine")
    String confidence(
            @PathVariable long id, @ModelAttribute SessionController.ConfidenceForm form, RedirectAttributes redirect) {
        var staffId = CurrentUser.require().staffId();
        var session = sessions.session(id).orElseThrow(NotFound::new);
        if (staffId == null || !attendance.attended(id, staffId)) {
            throw new Refused("Only someone who attended the session can say how confident they were");
        }
        if (session.startsAt().isAfter(LocalDateTime.now(clock))) {
            throw new Refused("You can answer once the session has happened");
        }
        attendance.confidence(
                id,
                staffId,
                SessionController.scale(form.before(), "before"),
                SessionController.scale(form.after(), "after"));
        redirect.addFlashAttribute("saved", "Thank you: your answers are recorded");
        return "redirect:/training/mine";
    }
}
