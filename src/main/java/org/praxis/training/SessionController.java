package org.praxis.training;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.web.DateInput;
import org.praxis.web.FormValues;
import org.praxis.web.ListPage;
import org.praxis.web.MaxLength;
import org.praxis.web.NotFound;
import org.praxis.web.Problem;
import org.praxis.web.RealDate;
import org.praxis.web.Refused;
import org.praxis.web.ReturnTo;
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

/** A course's sessions: adding and changing them, and a session's page with its attendance and evaluation. */
@Controller
@RequestMapping("/training")
class SessionController {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?");

    record SessionForm(
            @RealDate(label = "The date", blank = "Enter the session's date")
            DateInput day,

            @NotBlank(message = "Enter the time it starts, like 9:30am or 14:00")
            String time,

            @NotBlank(message = "Enter where it is held") @MaxLength(value = 200, label = "The place")
            String place,

            @NotBlank(message = "Enter how many places there are")
            @WholeNumber(min = 1, max = 1000, label = "The number of places")
            String capacity,

            String trainer,
            String secondTrainer) {}

    record AttendanceForm(String staffId, String attended) {}

    record ConfidenceForm(String before, String after) {}

    private final Courses courses;
    private final Sessions sessions;
    private final Attendance attendance;
    private final Evaluation evaluation;
    private final TrainingChoices choices;

    SessionController(
            Courses courses, Sessions sessions, Attendance attendance, Evaluation evaluation, TrainingChoices choices) {
        this.courses = courses;
        this.sessions = sessions;
        this.attendance = attendance;
        this.evaluation = evaluation;
        this.choices = choices;
    }

    @GetMapping("/courses/{courseId}/sessions/new")
    @PreAuthorize(Policies.LEARNING_LEADS)
    String addForm(@PathVariable long courseId, Model model) {
        model.addAttribute("form", new SessionForm(DateInput.of(null), "", "", "", "", ""));
        return form(model, courses.course(courseId).orElseThrow(NotFound::new), null);
    }

    @PostMapping("/courses/{courseId}/sessions/new")
    @PreAuthorize(Policies.LEARNING_LEADS)
    String add(
            @PathVariable long courseId,
            @Validated @ModelAttribute("form") SessionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var course = courses.course(courseId).orElseThrow(NotFound::new);
        var details = details(form, result);
        if (!result.hasErrors()) {
            long id = sessions.add(courseId, details, CurrentUser.require().username());
            redirect.addFlashAttribute("saved", "Session added");
            return "redirect:/training/sessions/" + id;
        }
        model.addAttribute("problems", Problem.allIn(result, SessionForm.class));
        return form(model, course, null);
    }

    @GetMapping("/sessions/{id}/edit")
    @PreAuthorize(Policies.LEARNING_LEADS)
    String editForm(@PathVariable long id, Model model) {
        var session = sessions.session(id).orElseThrow(NotFound::new);
        var trainers = List.copyOf(session.trainerIds());
        model.addAttribute(
                "form",
                new SessionForm(
                        DateInput.of(session.startsAt().toLocalDate()),
                        session.startsAt().toLocalTime().toString(),
                        session.place(),
                        String.valueOf(session.capacity()),
                        trainers.isEmpty() ? "" : String.valueOf(trainers.get(0)),
                        trainers.size() < 2 ? "" : String.valueOf(trainers.get(1))));
        return form(model, courses.course(session.courseId()).orElseThrow(NotFound::new), session);
    }

    @PostMapping("/sessions/{id}/edit")
    @PreAuthorize(Policies.LEARNING_LEADS)
    String edit(
            @PathVariable long id,
            @Validated @ModelAttribute("form") SessionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var session = sessions.session(id).orElseThrow(NotFound::new);
        var details = details(form, result);
        if (!result.hasErrors()) {
            try {
                sessions.change(id, details);
                redirect.addFlashAttribute("saved", "Session changed");
                return "redirect:/training/sessions/" + id;
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, SessionForm.class));
        return form(model, courses.course(session.courseId()).orElseThrow(NotFound::new), session);
    }

    @GetMapping("/sessions/{id}")
    @PreAuthorize(Policies.TRAINING_READERS)
    String session(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        var session = sessions.session(id).orElseThrow(NotFound::new);
        var course = courses.course(session.courseId()).orElseThrow(NotFound::new);
        model.addAttribute("trainingSession", session);
        model.addAttribute("course", course);
        model.addAttribute("when", Dates.dayAndTime(session.startsAt()));
        model.addAttribute(
                "trainers",
                String.join(", ", choices.staffNames(session.trainerIds()).values()));
        model.addAttribute("page", attendance.attendees(id, ListPage.requested(page)));
        model.addAttribute("teams", choices.teamNames());
        model.addAttribute("confidence", evaluation.confidence(id));
        model.addAttribute(
                "standardsAfter",
                evaluation.standardsAfter(course, session.startsAt().toLocalDate()));
        boolean leads = CurrentUser.require().has(Role.LEARNING_LEAD);
        model.addAttribute("leads", leads);
        if (leads && !model.containsAttribute("attendanceForm")) {
            model.addAttribute("attendanceForm", new AttendanceForm("", "yes"));
        }
        if (leads) {
            model.addAttribute("staffOptions", choices.staffOptions());
            model.addAttribute(
                    "attendedOptions",
                    List.of(
                            new org.praxis.web.Option("yes", "Attended"),
                            new org.praxis.web.Option("no", "Booked, did not attend")));
        }
        return "training/session";
    }

    @PostMapping("/sessions/{id}/attendance")
    @ReturnTo("/training/sessions/{id}")
    @PreAuthorize(Policies.LEARNING_LEADS)
    String record(
            @PathVariable long id, @ModelAttribute("attendanceForm") AttendanceForm form, RedirectAttributes redirect) {
        sessions.session(id).orElseThrow(NotFound::new);
        var staffId = FormValues.id(form.staffId());
        if (staffId == null || choices.staffNames(List.of(staffId)).isEmpty()) {
            throw new Refused("staffId", "Select who attended");
        }
        attendance.record(
                id,
                List.of(staffId),
                !"no".equals(form.attended()),
                Attendance.Source.SCREEN,
                CurrentUser.require().username());
        redirect.addFlashAttribute("saved", "Attendance recorded");
        return "redirect:/training/sessions/" + id;
    }

    @PostMapping("/sessions/{id}/attendance/{staffId}/remove")
    @ReturnTo("/training/sessions/{id}")
    @PreAuthorize(Policies.LEARNING_LEADS)
    String remove(@PathVariable long id, @PathVariable long staffId, RedirectAttributes redirect) {
        attendance.remove(id, staffId);
        redirect.addFlashAttribute("saved", "Taken off the attendance");
        return "redirect:/training/sessions/" + id;
    }

    @PostMapping("/sessions/{id}/attendance/{staffId}/confidence")
    @ReturnTo("/training/sessions/{id}")
    @PreAuthorize(Policies.LEARNING_LEADS)
    String confidence(
            @PathVariable long id,
            @PathVariable long staffId,
            @ModelAttribute ConfidenceForm form,
            RedirectAttributes redirect) {
        attendance.confidence(id, staffId, scale(form.before(), "before"), scale(form.after(), "after"));
        redirect.addFlashAttribute("saved", "Confidence recorded");
        return "redirect:/training/sessions/" + id;
    }

    /** A confidence answer, 1 to 5: what the radios offer, refused otherwise. */
    static Integer scale(String text, String field) {
        var n = FormValues.number(text);
        if (n == null || n < 1 || n > 5) {
            throw new Refused(
                    field, "Select how confident, from 1 (not at all) to 5 (very), " + field + " the session");
        }
        return n;
    }

    private Sessions.Details details(SessionForm form, BindingResult result) {
        var day = form.day() == null ? null : form.day().date().orElse(null);
        var time = time(form.time());
        if (time == null && !result.hasFieldErrors("time")) {
            result.rejectValue("time", "time", "Enter the time like 9:30am or 14:00");
        }
        var trainers = new LinkedHashSet<Long>();
        var staff = choices.staffOptions();
        trainers.addAll(TrainingChoices.ids(List.of(String.valueOf(form.trainer())), staff));
        trainers.addAll(TrainingChoices.ids(List.of(String.valueOf(form.secondTrainer())), staff));
        if (day == null || time == null || result.hasErrors()) {
            return null;
        }
        return new Sessions.Details(
                LocalDateTime.of(day, time), form.place().strip(), FormValues.number(form.capacity()), trainers);
    }

    static LocalTime time(String text) {
        if (text == null) {
            return null;
        }
        var m = TIME.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + ("pm".equals(m.group(3)) ? 12 : 0);
        }
        return hour > 23 || minute > 59 ? null : LocalTime.of(hour, minute);
    }

    private String form(Model model, Courses.Course course, Sessions.Session session) {
        model.addAttribute("course", course);
        model.addAttribute("trainingSession", session);
        model.addAttribute("staffOptions", choices.staffOptions());
        return "training/session-form";
    }
}
