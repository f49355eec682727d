package org.praxis.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.praxis.audit.StandardResults;
import org.praxis.identity.Accounts;
import org.praxis.identity.Role;
import org.praxis.learning.LearningThemes;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.organisation.OrganisationSetup;
import org.praxis.standards.StandardsManual;
import org.praxis.training.Attendance;
import org.praxis.training.Courses;
import org.praxis.training.Requirements;
import org.praxis.training.Sessions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's targeted training: a learning and development lead (Lindsey Okafor, made up), and two courses aimed from
 * the evidence, one at the team and standard with the lowest estimate in the demo audits, one at an open learning
 * theme (or, before any review is loaded, a theme from the council's list), with past sessions, attendance and
 * confidence answers, a session to come, and a course social workers must have.
 */
@Component
class TrainingDemo {

    static final String USERNAME = "lindsey.okafor";

    private final OrganisationSetup organisation;
    private final OrganisationDirectory directory;
    private final Accounts accounts;
    private final StandardResults results;
    private final LearningThemes themes;
    private final Courses courses;
    private final Sessions sessions;
    private final Attendance attendance;
    private final Requirements requirements;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final StandardsManual standards;

    TrainingDemo(
            OrganisationSetup organisation,
            OrganisationDirectory directory,
            Accounts accounts,
            StandardResults results,
            LearningThemes themes,
            Courses courses,
            Sessions sessions,
            Attendance attendance,
            Requirements requirements,
            JdbcClient jdbc,
            Clock clock,
            StandardsManual standards) {
        this.standards = standards;
        this.organisation = organisation;
        this.directory = directory;
        this.accounts = accounts;
        this.results = results;
        this.themes = themes;
        this.courses = courses;
        this.sessions = sessions;
        this.attendance = attendance;
        this.requirements = requirements;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Person(long id, Long teamId, JobRole role) {}

    void load(String passwordHash) {
        var today = LocalDate.now(clock);
        var qaTeam = directory.teamByName("Children's Quality Assurance").orElseThrow();
        var email = "lindsey.okafor@northbridge.example.gov.uk";
        var ids = organisation.addStaff(List.of(new OrganisationSetup.NewStaffMember(
                "Lindsey Okafor",
                email,
                JobRole.QUALITY_ASSURANCE_OFFICER,
                qaTeam.id(),
                EmploymentType.PERMANENT,
                today.minusYears(3))));
        long lead = ids.get(email);
        accounts.createWithHash(USERNAME, passwordHash, lead, null, null, EnumSet.of(Role.LEARNING_LEAD));

        var staff = jdbc.sql("select id, team_id, job_role from staff_directory where active = true order by id")
                .query((rs, n) ->
                        new Person(rs.getLong(1), rs.getObject(2, Long.class), JobRole.valueOf(rs.getString(3))))
                .list();
        var frontLine = EnumSet.of(JobRole.SOCIAL_WORKER, JobRole.SENIOR_PRACTITIONER, JobRole.ASYE);
        long cpEast =
                directory.teamByName("Child Protection Team East").orElseThrow().id();

        // The weakest standard in one team over the last 12 months, from enough audits to be shown (fewest-shown, 5).
        var month = YearMonth.from(today);
        long standard;
        long weakTeam;
        var weakest = results.standardsByTeam(month.minusMonths(11), month.plusMonths(1)).entrySet().stream()
                .flatMap(s -> s.getValue().entrySet().stream()
                        .filter(t -> t.getKey() != 0 && t.getValue().audits() >= 5)
                        .map(t -> new long[] {
                            s.getKey(),
                            t.getKey(),
                            t.getValue().goodOrBetter() * 1000L / t.getValue().audits()
                        }))
                .min(Comparator.comparingLong((long[] w) -> w[2]).thenComparingLong(w -> w[0]));
        if (weakest.isPresent()) {
            standard = weakest.get()[0];
            weakTeam = weakest.get()[1];
        } else {
            standard = standards.current(null, null).getFirst().id();
            weakTeam = cpEast;
        }
        var first = courses.create(
                new Courses.Details(
                        "Analysing risk in assessments",
                        "A day on weighing risk and strengths in an assessment and writing the analysis down, aimed at"
                                + " the team and standard where the audits found practice weakest.",
                        Set.of(standard),
                        Set.of(),
                        frontLine,
                        Set.of(weakTeam)),
                USERNAME);
        var trainer = staff.stream()
                .filter(p -> p.role() == JobRole.SENIOR_PRACTITIONER && p.teamId() != weakTeam)
                .findFirst()
                .map(Person::id)
                .orElse(lead);
        long past = sessions.add(
                first,
                new Sessions.Details(
                        LocalDateTime.of(today.minusMonths(5).withDayOfMonth(10), LocalTime.of(9, 30)),
                        "Northbridge Civic Centre, room 2",
                        16,
                        Set.of(trainer)),
                USERNAME);
        sessions.add(
                first,
                new Sessions.Details(
                        LocalDateTime.of(today.plusWeeks(3), LocalTime.of(13, 30)), "Online", 20, Set.of(trainer)),
                USERNAME);
        var weakTeamStaff = staff.stream()
                .filter(p -> p.teamId() != null && p.teamId() == weakTeam && frontLine.contains(p.role()))
                .map(Person::id)
                .toList();
        var came = weakTeamStaff.subList(0, Math.min(weakTeamStaff.size(), Math.max(0, weakTeamStaff.size() - 2)));
        attendance.record(past, came, true, Attendance.Source.SCREEN, USERNAME);
        int[][] answers = {{2, 4}, {3, 4}, {2, 3}, {3, 5}, {1, 3}, {2, 4}, {3, 3}, {2, 4}, {3, 4}, {2, 5}};
        for (int i = 0; i < came.size(); i++) {
            attendance.confidence(past, came.get(i), answers[i % answers.length][0], answers[i % answers.length][1]);
        }

        // An open theme from the reviews, or one from the council's list when no review has been loaded.
        var open = themes.open();
        long themeId;
        Set<Long> themeStandards;
        String themeName;
        if (!open.isEmpty()) {
            themeId = open.getFirst().id();
            themeName = open.getFirst().name();
            themeStandards = open.getFirst().standardIds();
        } else {
            var theme = themes.all().stream()
                    .filter(t -> t.name().equals("Professional curiosity"))
                    .findFirst()
                    .orElse(themes.all().getFirst());
            themeId = theme.id();
            themeName = theme.name();
            themeStandards = Set.of();
        }
        var second = courses.create(
                new Courses.Details(
                        themeName + " in practice",
                        "Half a day on what the reviews found about " + themeName.toLowerCase()
                                + ", with cases from the reviews, led by practitioners.",
                        new LinkedHashSet<>(themeStandards),
                        Set.of(themeId),
                        frontLine,
                        Set.of(cpEast)),
                USERNAME);
        long recent = sessions.add(
                second,
                new Sessions.Details(
                        LocalDateTime.of(today.minusMonths(2).withDayOfMonth(14), LocalTime.of(10, 0)),
                        "Northbridge Civic Centre, room 4",
                        12,
                        Set.of(trainer)),
                USERNAME);
        var practitioner = jdbc.sql("select staff_id from account_directory where username = 'practitioner'")
                .query(Long.class)
                .single();
        var cpEastStaff = new ArrayList<Long>(staff.stream()
                .filter(p -> p.teamId() != null
                        && p.teamId() == cpEast
                        && frontLine.contains(p.role())
                        && p.id() != practitioner)
                .map(Person::id)
                .limit(5)
                .toList());
        cpEastStaff.add(practitioner);
        attendance.record(recent, cpEastStaff, true, Attendance.Source.IMPORT, USERNAME);
        // Four answers: too few to show, so the page says so (the practitioner can add theirs on My training).
        for (int i = 0; i < Math.min(4, cpEastStaff.size() - 1); i++) {
            attendance.confidence(recent, cpEastStaff.get(i), answers[i][0], answers[i][1]);
        }
        requirements.require(JobRole.SOCIAL_WORKER, second, 24, USERNAME);
        requirements.require(JobRole.ASYE, first, null, USERNAME);
    }
}
