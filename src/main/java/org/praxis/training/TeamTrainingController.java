package org.praxis.training;

import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.RecordAccess;
import org.praxis.identity.RecordRefused;
import org.praxis.organisation.JobRole;
import org.praxis.web.Cell;
import org.praxis.web.FormValues;
import org.praxis.web.ListPage;
import org.praxis.web.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A team's training: who in a course's audience still needs it, and for team managers their own team's courses and
 * overdue required training.
 */
@Controller
@RequestMapping("/training")
class TeamTrainingController {

    private final Courses courses;
    private final Attendance attendance;
    private final Requirements requirements;
    private final TrainingChoices choices;

    TeamTrainingController(Courses courses, Attendance attendance, Requirements requirements, TrainingChoices choices) {
        this.courses = courses;
        this.attendance = attendance;
        this.requirements = requirements;
        this.choices = choices;
    }

    @GetMapping("/courses/{id}/teams/{teamId}")
    @PreAuthorize(Policies.TRAINING_COVERAGE_READERS)
    String stillNeeding(
            @PathVariable long id,
            @PathVariable long teamId,
            @RequestParam(required = false) Integer page,
            Model model) {
        var user = CurrentUser.require();
        if (!RecordAccess.mayOpenTeamTraining(user, teamId)) {
            throw new RecordRefused("Team training", teamId, "Another team's training");
        }
        var course = courses.course(id).orElseThrow(NotFound::new);
        var team = choices.teamNames().get(teamId);
        if (team == null) {
            throw new NotFound();
        }
        var coverage = attendance.coverage(id, java.util.Set.of(teamId)).stream()
                .findFirst()
                .orElse(new Attendance.TeamCoverage(teamId, 0, 0));
        model.addAttribute("course", course);
        model.addAttribute("team", team);
        model.addAttribute("coverage", coverage);
        model.addAttribute(
                "page",
                attendance
                        .stillNeeding(id, teamId, ListPage.requested(page))
                        .map(s -> List.of(Cell.text(s.fullName()), Cell.text(label(s.jobRole())))));
        model.addAttribute(
                "back",
                user.has(org.praxis.identity.Role.MANAGER)
                                && !user.seesAllTeams()
                                && !user.has(org.praxis.identity.Role.LEARNING_LEAD)
                        ? "/training/team"
                        : "/training/courses/" + id);
        return "training/still-needing";
    }

    @GetMapping("/team")
    @PreAuthorize(Policies.TEAM_MANAGERS)
    String team(@RequestParam(required = false) Integer page, Model model) {
        var user = CurrentUser.require();
        var teams = choices.teamNames();
        var ownTeams = user.teamIds().stream().sorted().toList();
        model.addAttribute(
                "page",
                requirements
                        .overdue(ownTeams, ListPage.requested(page))
                        .map(d -> List.of(
                                Cell.text(d.fullName()),
                                Cell.text(teams.getOrDefault(d.teamId(), "")),
                                Cell.text(d.courseTitle()),
                                Cell.tag(d.status(), d.lastAttended() == null ? "red" : "orange"))));
        var coverage = attendance.coverageOfTeams(ownTeams);
        var titles = courses.titles();
        model.addAttribute(
                "courseRows",
                coverage.stream()
                        .map(c -> List.of(
                                Cell.text(titles.getOrDefault(c.courseId(), "")),
                                Cell.text(teams.getOrDefault(c.teamId(), "")),
                                Cell.number(c.audience()),
                                Cell.number(c.attended()),
                                Cell.link(
                                        "Who still needs it",
                                        "/training/courses/" + c.courseId() + "/teams/" + c.teamId())))
                        .toList());
        return "training/team";
    }

    static String label(String jobRole) {
        var role = FormValues.parse(JobRole.class, jobRole);
        return role == null ? "" : role.label();
    }
}
