package org.praxis.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.praxis.audit.StandardResults;
import org.praxis.organisation.JobRole;
import org.praxis.standards.StandardsManual;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Targeted training from the screens: courses and sessions, needs proposed from the evidence and decided once,
 * trainer suggestions seen only by the learning and development lead, coverage and overdue training by team, a
 * practitioner's own training and confidence answers, and the evaluation shown only from enough answers.
 */
@PraxisIntegrationTest
class TrainingIT {

    static final String LEAD = "lindsey.okafor";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Courses courses;

    @Autowired
    Sessions sessions;

    @Autowired
    Attendance attendance;

    @Autowired
    Requirements requirements;

    @Autowired
    TrainingNeeds needs;

    @Autowired
    TrainerSuggestions suggestions;

    @Autowired
    StandardResults results;

    @Autowired
    StandardsManual standards;

    @Autowired
    UserDetailsService accounts;

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(demo.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(csrf()).with(demo.as(user)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private long staffOf(String username) {
        return jdbc.sql("select staff_id from account_directory where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private long teamOf(String username) {
        return jdbc.sql("select team_id from account_directory where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private long otherTeam(long team) {
        return jdbc.sql("select min(id) from team_directory where id <> ? and active = true")
                .param(team)
                .query(Long.class)
                .single();
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private long course(String title, Set<Long> standardIds, Set<JobRole> roles, Set<Long> teams) {
        return courses.create(new Courses.Details(title, "For a test", standardIds, Set.of(), roles, teams), LEAD);
    }

    private long session(long course, LocalDateTime at) {
        return sessions.add(course, new Sessions.Details(at, "Room 1", 30, Set.of()), LEAD);
    }

    @Test
    void theLeadAddsACourseAndASessionThatQaLeadsAndLeadersReadAndOthersCannot() throws Exception {
        var title = unique("Writing analysis");
        var standard = standards.current(null, null).getFirst();
        var created = mvc.perform(post("/training/courses/new")
                        .with(csrf())
                        .with(demo.as(LEAD))
                        .param("title", title)
                        .param("standardIds", String.valueOf(standard.id()))
                        .param("jobRoles", "SOCIAL_WORKER")
                        .param("teamIds", String.valueOf(teamOf("manager"))))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        long id = Long.parseLong(created.getRedirectedUrl().replaceAll("\\D", ""));
        assertThat(page("/training/courses/" + id, "qa.lead")).contains(title).contains(standard.label());
        assertThat(page("/training", "leader")).contains(title);
        assertThat(status(get("/training/courses/" + id), "manager")).isEqualTo(403);
        assertThat(status(get("/training/courses/" + id), "practitioner")).isEqualTo(403);

        // The same title again is refused by name; an empty one is asked for.
        var again = mvc.perform(post("/training/courses/new")
                        .with(csrf())
                        .with(demo.as(LEAD))
                        .param("title", title))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("There is already a course called " + title);
        assertThat(mvc.perform(post("/training/courses/new")
                                .with(csrf())
                                .with(demo.as(LEAD))
                                .param("title", " "))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Enter the course&#39;s title");

        var day = LocalDate.now().plusMonths(1);
        var added = mvc.perform(post("/training/courses/" + id + "/sessions/new")
                        .with(csrf())
                        .with(demo.as(LEAD))
                        .param("day.day", String.valueOf(day.getDayOfMonth()))
                        .param("day.month", String.valueOf(day.getMonthValue()))
                        .param("day.year", String.valueOf(day.getYear()))
                        .param("time", "2:30pm")
                        .param("place", "Civic Centre")
                        .param("capacity", "12")
                        .param("trainer", String.valueOf(staffOf("qa.lead"))))
                .andReturn()
                .getResponse();
        assertThat(added.getStatus()).isEqualTo(302);
        long sessionId = Long.parseLong(added.getRedirectedUrl().replaceAll("\\D", ""));
        assertThat(sessions.session(sessionId).orElseThrow().startsAt())
                .isEqualTo(LocalDateTime.of(day, LocalTime.of(14, 30)));
        assertThat(page("/training/sessions/" + sessionId, "leader"))
                .contains("Civic Centre")
                .contains("2:30pm");
        assertThat(mvc.perform(post("/training/courses/" + id + "/sessions/new")
                                .with(csrf())
                                .with(demo.as(LEAD))
                                .param("time", "25:00")
                                .param("capacity", "none"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Enter the session&#39;s date")
                .contains("Enter where it is held")
                .contains("The number of places must be a whole number");
        assertThat(status(post("/training/courses/" + id + "/sessions/new"), "qa.lead"))
                .isEqualTo(403);
    }

    @Test
    void aNeedIsProposedWithItsEvidenceDecidedOnceAndProposedAgainOnlyWhenItsFiguresChange() throws Exception {
        var proposed = needs.proposed().stream()
                .filter(n -> n.kind() == TrainingNeeds.Kind.STANDARD)
                .toList();
        assertThat(proposed).as("the demo audits give some team a low estimate").isNotEmpty();
        var need = proposed.getFirst();
        assertThat(need.evidenceSentence())
                .matches(".+: \\d+% good or better on .+ \\(95% interval \\d+% to \\d+%\\), \\d+ audits.*");
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page("/training/needs", LEAD)))
                .contains(need.title());

        var refused = mvc.perform(post("/training/needs/decide")
                        .with(csrf())
                        .with(demo.as(LEAD))
                        .param("need", need.key())
                        .param("decision", "DISMISSED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Enter why the need is dismissed");
        assertThat(status(
                        post("/training/needs/decide")
                                .param("need", need.key())
                                .param("decision", "DISMISSED")
                                .param("reason", "x"),
                        "qa.lead"))
                .isEqualTo(403);

        mvc.perform(post("/training/needs/decide")
                .with(csrf())
                .with(demo.as(LEAD))
                .param("need", need.key())
                .param("decision", "DISMISSED")
                .param("reason", "Trained in the spring; these audits predate it"));
        assertThat(needs.proposed()).extracting(TrainingNeeds.Need::key).doesNotContain(need.key());
        assertThat(page("/training/needs/decided", LEAD)).contains("Trained in the spring");

        // Different figures are new evidence: the need is proposed again.
        jdbc.sql("update training_need_decision set evidence = '0:0' where need_key = ?")
                .param(need.key())
                .update();
        assertThat(needs.proposed()).extracting(TrainingNeeds.Need::key).contains(need.key());
        jdbc.sql("update training_need_decision set evidence = ? where need_key = ?")
                .params(need.evidence(), need.key())
                .update();
    }

    @Test
    void trainerSuggestionsAreShownToTheLearningLeadAndNobodyElse() throws Exception {
        var allStandards = standards.current(null, null).stream()
                .map(StandardsManual.Standard::id)
                .collect(java.util.stream.Collectors.toSet());
        var exemplar = results.exemplars(allStandards, 1).getFirst();
        var name = jdbc.sql("select full_name from staff_directory where id = ?")
                .param(exemplar.staffId())
                .query(String.class)
                .single();
        long id = course(
                unique("Supervision that helps"),
                Set.of(exemplar.standardId()),
                Set.of(),
                Set.of(otherTeam(teamOf("manager"))));
        assertThat(page("/training/courses/" + id, LEAD))
                .contains("Possible trainers")
                .contains(name);
        for (var user : List.of("qa.lead", "leader")) {
            assertThat(page("/training/courses/" + id, user))
                    .as("the course page as %s", user)
                    .doesNotContain("Possible trainers")
                    .doesNotContain(name);
        }
        // The rule is on the service too, so no other page can show them by mistake.
        var course = courses.course(id).orElseThrow();
        var qaLead = accounts.loadUserByUsername("qa.lead");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(qaLead, null, qaLead.getAuthorities()));
        try {
            assertThatThrownBy(() -> suggestions.forCourse(course)).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void managersSeeWhoStillNeedsACourseAndOverdueTrainingInTheirOwnTeamOnly() throws Exception {
        long own = teamOf("manager");
        long other = otherTeam(own);
        long id = course(unique("Chronologies"), Set.of(), Set.of(JobRole.SOCIAL_WORKER), Set.of(own, other));
        long past = session(id, LocalDateTime.now().minusMonths(1));
        attendance.record(past, List.of(staffOf("practitioner")), true, Attendance.Source.SCREEN, LEAD);

        var coverage = attendance.coverage(id, Set.of(own)).getFirst();
        assertThat(coverage.attended()).isEqualTo(1);
        assertThat(coverage.audience()).isGreaterThan(1);
        var stillNeeding = page("/training/courses/" + id + "/teams/" + own, "manager");
        assertThat(stillNeeding)
                .contains("Who still needs it")
                .doesNotContain(jdbc.sql("select full_name from staff_directory where id = ?")
                        .param(staffOf("practitioner"))
                        .query(String.class)
                        .single());
        assertThat(status(get("/training/courses/" + id + "/teams/" + other), "manager"))
                .isEqualTo(403);
        assertThat(status(get("/training/courses/" + id + "/teams/" + other), "qa.lead"))
                .isEqualTo(200);
        assertThat(status(get("/training/courses/" + id + "/teams/" + own), "practitioner"))
                .isEqualTo(403);

        // A course every senior practitioner must have: the manager sees their own team's, never another team's.
        long required = course(unique("Supervising others"), Set.of(), Set.of(), Set.of());
        requirements.require(JobRole.SENIOR_PRACTITIONER, required, 12, LEAD);
        var names = jdbc.sql("select full_name, team_id from staff_directory where job_role = 'SENIOR_PRACTITIONER'"
                        + " and active = true and team_id in (?, ?) order by id")
                .params(own, other)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)})
                .list();
        var team = page("/training/team", "manager");
        var title = courses.course(required).orElseThrow().title();
        assertThat(team).contains(title);
        var due = requirements.due(List.of(own), null).stream()
                .filter(d -> d.courseId() == required)
                .toList();
        for (var row : names) {
            if ((long) row[1] == own) {
                assertThat(due).extracting(Requirements.Due::fullName).contains((String) row[0]);
                assertThat(due).allMatch(Requirements.Due::overdue);
            } else {
                assertThat(team).doesNotContain((String) row[0]);
                assertThat(due).extracting(Requirements.Due::fullName).doesNotContain((String) row[0]);
            }
        }
        assertThat(status(get("/training/team"), "practitioner")).isEqualTo(403);
    }

    @Test
    void aPractitionerSeesTheirTrainingAndSaysHowConfidentTheyWereAndTheSummaryWaitsForEnoughAnswers()
            throws Exception {
        long own = teamOf("practitioner");
        long id = course(unique("Direct work with children"), Set.of(), Set.of(), Set.of(own));
        long past = session(id, LocalDateTime.now().minusWeeks(2));
        long coming = session(id, LocalDateTime.now().plusWeeks(2));
        long other = course(unique("Another team's course"), Set.of(), Set.of(), Set.of(otherTeam(own)));
        var otherTitle = courses.course(other).orElseThrow().title();
        var mine = page("/training/mine", "practitioner");
        assertThat(mine).contains(courses.course(id).orElseThrow().title()).doesNotContain(otherTitle);

        assertThat(status(
                        post("/training/mine/sessions/" + past + "/confidence")
                                .param("before", "2")
                                .param("after", "4"),
                        "practitioner"))
                .isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from training_attendance where session_id = ?")
                        .param(past)
                        .query(Long.class)
                        .single())
                .as("someone who did not attend cannot answer")
                .isZero();

        long practitioner = staffOf("practitioner");
        attendance.record(past, List.of(practitioner), true, Attendance.Source.SCREEN, LEAD);
        mvc.perform(post("/training/mine/sessions/" + past + "/confidence")
                .with(csrf())
                .with(demo.as("practitioner"))
                .param("before", "2")
                .param("after", "4"));
        assertThat(jdbc.sql("select confidence_before * 10 + confidence_after from training_attendance"
                                + " where session_id = ? and staff_id = ?")
                        .params(past, practitioner)
                        .query(Integer.class)
                        .single())
                .isEqualTo(24);
        assertThat(page("/training/sessions/" + past, "qa.lead")).contains("Not shown: 1 answer so far");

        var others = jdbc.sql(
                        "select id from staff_directory where team_id = ? and id <> ? and active = true order by id")
                .params(own, practitioner)
                .query(Long.class)
                .list()
                .subList(0, 4);
        attendance.record(past, others, true, Attendance.Source.SCREEN, LEAD);
        for (var staff : others) {
            attendance.confidence(past, staff, 2, 5);
        }
        var session = page("/training/sessions/" + past, "qa.lead");
        assertThat(session).contains("Confident (4 or 5) after").contains("2.0 before, 4.8 after");
        assertThat(status(
                        post("/training/mine/sessions/" + coming + "/confidence")
                                .param("before", "2")
                                .param("after", "4"),
                        "practitioner"))
                .isEqualTo(302);
        assertThat(status(get("/training/mine"), "qa.lead")).isEqualTo(403);
    }

    @Test
    void theLinkedStandardsBeforeAndAfterASessionAreReadInPlainWords() {
        var standard = standards.current(null, null).getFirst();
        long id = course(unique("Care Act assessments"), Set.of(standard.id()), Set.of(), Set.of());
        var course = courses.course(id).orElseThrow();
        var evaluation = new Evaluation(
                jdbc,
                java.time.Clock.systemDefaultZone(),
                results,
                standards,
                new org.praxis.statistics.SmallNumbers(5, 10, 10, 20, 4));
        var long_ago = evaluation
                .standardsAfter(course, LocalDate.now().minusMonths(6))
                .getFirst();
        assertThat(long_ago.label()).isEqualTo(standard.label());
        assertThat(long_ago.reading())
                .isIn(
                        "Improved",
                        "Worse",
                        "No clear change (within what chance would give)",
                        "Too few to judge (fewer than 10 audits)");
        var thisMonth = evaluation.standardsAfter(course, LocalDate.now()).getFirst();
        assertThat(thisMonth.reading()).startsWith("Not yet");
    }
}
