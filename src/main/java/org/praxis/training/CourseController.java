package org.praxis.training;

import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.organisation.JobRole;
import org.praxis.web.Cell;
import org.praxis.web.ListPage;
import org.praxis.web.MaxLength;
import org.praxis.web.NotFound;
import org.praxis.web.Problem;
import org.praxis.web.Refused;
import org.praxis.web.SummaryRow;
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

/** Courses: the list and a course's page for those who read training; adding and changing for the L&D lead. */
@Controller
@RequestMapping("/training")
class CourseController {

    /** The course form, its fields in the page's order. */
    record CourseForm(
            @NotBlank(message = "Enter the course's title") @MaxLength(value = 200, label = "The course's title")
            String title,

            @MaxLength(value = 4000, label = "The description")
            String description,

            List<String> standardIds,
            List<String> themeIds,
            List<String> jobRoles,
            List<String> teamIds,
            Integer lockVersion) {

        static CourseForm empty() {
            return new CourseForm("", "", List.of(), List.of(), List.of(), List.of(), null);
        }
    }

    private final Courses courses;
    private final Sessions sessions;
    private final Attendance attendance;
    private final TrainerSuggestions suggestions;
    private final TrainingChoices choices;

    CourseController(
            Courses courses,
            Sessions sessions,
            Attendance attendance,
            TrainerSuggestions suggestions,
            TrainingChoices choices) {
        this.courses = courses;
        this.sessions = sessions;
        this.attendance = attendance;
        this.suggestions = suggestions;
        this.choices = choices;
    }

    @GetMapping
    @PreAuthorize(Policies.TRAINING_READERS)
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", courses.list(ListPage.requested(page)));
        model.addAttribute("leads", CurrentUser.require().has(Role.LEARNING_LEAD));
        return "training/courses";
    }

    @GetMapping("/courses/new")
    @PreAuthorize(Policies.LEARNING_LEADS)
    String addForm(Model model) {
        model.addAttribute("form", CourseForm.empty());
        return form(model, null);
    }

    @PostMapping("/courses/new")
    @PreAuthorize(Policies.LEARNING_LEADS)
    String add(
            @Validated @ModelAttribute("form") CourseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = courses.create(details(form), CurrentUser.require().username());
                redirect.addFlashAttribute("saved", "Course added");
                return "redirect:/training/courses/" + id;
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, CourseForm.class));
        return form(model, null);
    }

    @GetMapping("/courses/{id}")
    @PreAuthorize(Policies.TRAINING_READERS)
    String course(@PathVariable long id, Model model) {
        var course = courses.course(id).orElseThrow(NotFound::new);
        var user = CurrentUser.require();
        var courseSessions = sessions.ofCourse(id);
        var trainers = choices.staffNames(
                courseSessions.stream().flatMap(s -> s.trainerIds().stream()).collect(Collectors.toSet()));
        var teams = choices.teamNames();
        model.addAttribute("course", course);
        model.addAttribute("rows", summary(course, teams));
        model.addAttribute(
                "sessionRows",
                courseSessions.stream()
                        .map(s -> List.of(
                                Cell.link(Dates.dayAndTime(s.startsAt()), "/training/sessions/" + s.id()),
                                Cell.text(s.place()),
                                Cell.text(s.trainerIds().stream()
                                        .map(t -> trainers.getOrDefault(t, "?"))
                                        .collect(Collectors.joining(", "))),
                                Cell.number(s.capacity())))
                        .toList());
        model.addAttribute(
                "coverageRows",
                attendance.coverage(id, null).stream()
                        .sorted(java.util.Comparator.comparing(c -> teams.getOrDefault(c.teamId(), "")))
                        .map(c -> List.of(
                                Cell.link(
                                        teams.getOrDefault(c.teamId(), "?"),
                                        "/training/courses/" + id + "/teams/" + c.teamId()),
                                Cell.number(c.audience()),
                                Cell.number(c.attended()),
                                Cell.number(c.audience() - c.attended())))
                        .toList());
        model.addAttribute("leads", user.has(Role.LEARNING_LEAD));
        // Only the L&D lead is ever given the suggestions; the service refuses anyone else as well.
        model.addAttribute(
                "suggestionRows",
                user.has(Role.LEARNING_LEAD)
                        ? suggestions.forCourse(course).stream()
                                .map(s -> List.of(
                                        Cell.text(s.fullName()),
                                        Cell.text(s.teamName()),
                                        Cell.text(s.standard()),
                                        Cell.number(s.moderatedGoodOrBetter())))
                                .toList()
                        : null);
        return "training/course";
    }

    @GetMapping("/courses/{id}/edit")
    @PreAuthorize(Policies.LEARNING_LEADS)
    String editForm(@PathVariable long id, Model model) {
        var c = courses.course(id).orElseThrow(NotFound::new);
        model.addAttribute(
                "form",
                new CourseForm(
                        c.title(),
                        c.description(),
                        TrainingChoices.strings(c.standardIds()),
                        TrainingChoices.strings(c.themeIds()),
                        TrainingChoices.strings(c.jobRoles()),
                        TrainingChoices.strings(c.teamIds()),
                        c.lockVersion()));
        return form(model, c);
    }

    @PostMapping("/courses/{id}/edit")
    @PreAuthorize(Policies.LEARNING_LEADS)
    String edit(
            @PathVariable long id,
            @Validated @ModelAttribute("form") CourseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var c = courses.course(id).orElseThrow(NotFound::new);
        if (!result.hasErrors()) {
            try {
                courses.change(
                        id,
                        form.lockVersion() == null ? -1 : form.lockVersion(),
                        details(form, c.themeIds()),
                        CurrentUser.require().username());
                redirect.addFlashAttribute("saved", "Course changed");
                return "redirect:/training/courses/" + id;
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, CourseForm.class));
        return form(model, c);
    }

    private Courses.Details details(CourseForm form) {
        return details(form, Set.of());
    }

    /** The course's details from the form; {@code aimedAt}: themes it keeps though they have been retired since. */
    private Courses.Details details(CourseForm form, Set<Long> aimedAt) {
        return new Courses.Details(
                form.title().strip(),
                form.description() == null || form.description().isBlank()
                        ? null
                        : form.description().strip(),
                TrainingChoices.ids(form.standardIds(), choices.standardOptions()),
                TrainingChoices.ids(form.themeIds(), choices.themeOptions(aimedAt)),
                TrainingChoices.jobRoles(form.jobRoles()),
                TrainingChoices.ids(form.teamIds(), choices.teamOptions()));
    }

    private String form(Model model, Courses.Course course) {
        model.addAttribute("course", course);
        model.addAttribute("standardOptions", choices.standardOptions());
        model.addAttribute("themeOptions", choices.themeOptions(course == null ? Set.of() : course.themeIds()));
        model.addAttribute("jobRoleOptions", TrainingChoices.jobRoleOptions());
        model.addAttribute("teamOptions", choices.teamOptions());
        return "training/course-form";
    }

    private List<SummaryRow> summary(Courses.Course course, java.util.Map<Long, String> teams) {
        var standardLabels = choices.standardLabels();
        var themeNames = choices.themeNames();
        var rows = new ArrayList<SummaryRow>();
        rows.add(SummaryRow.of("Description", course.description()));
        rows.add(SummaryRow.cells(
                "Practice standards",
                course.standardIds().stream()
                        .map(s -> standardLabels.containsKey(s)
                                ? Cell.link(standardLabels.get(s), "/standards/" + s)
                                : Cell.text("A standard no longer in the manual"))
                        .toList()));
        rows.add(SummaryRow.lines(
                "Learning themes",
                course.themeIds().stream()
                        .map(t -> themeNames.getOrDefault(t, "?"))
                        .toList()));
        rows.add(SummaryRow.of(
                "Job roles",
                course.jobRoles().isEmpty()
                        ? "Every job role"
                        : course.jobRoles().stream().map(JobRole::label).collect(Collectors.joining(", "))));
        rows.add(SummaryRow.of(
                "Teams",
                course.teamIds().isEmpty()
                        ? "Every team"
                        : course.teamIds().stream()
                                .map(t -> teams.getOrDefault(t, "?"))
                                .sorted()
                                .collect(Collectors.joining(", "))));
        return rows;
    }
}
