package org.praxis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.praxis.audit.AuditFixture;
import org.praxis.audit.AuditProgrammes;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.practiceweek.PracticeWeekFixture;
import org.praxis.register.ChildrensRegister;
import org.praxis.standards.CareService;
import org.praxis.standards.StandardDomain;
import org.praxis.standards.StandardsManual;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Which role may reach which screen: every screen, every demo user, and someone not signed in. The records the screens
 * are opened on are the test's own (a programme, a register import, a standard, a Practice Week) or named through the
 * demo users (their team, staff and visitor records), never whichever record happens to be first.
 */
@PraxisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIT {

    private static final List<String> USERS =
            List.of("admin", "qa.lead", "leader", "manager", "practitioner", "visitor", "anonymous");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    OrganisationDirectory organisation;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditProgrammes programmes;

    @Autowired
    StandardsManual standards;

    // The records the screens are opened on, named or made by this test.
    private long managersTeam;
    private long practitionersStaffRecord;
    private long visitorsRecord;
    private long snapshot;
    private long registerImport;
    private long ownTeamCase;
    private long standard;
    private long childrensTemplate;
    private long childrensTemplateVersion;
    private long programme;
    private long leadersAudit;
    private long week;
    private String feedbackCode;
    private long leadersVisit;
    private long review;
    private long finding;
    private long recommendation;
    private long theme;

    @BeforeAll
    void recordsToOpen() throws Exception {
        managersTeam = userColumn("team_id", "manager");
        practitionersStaffRecord = userColumn("staff_id", "practitioner");
        visitorsRecord = userColumn("visitor_id", "visitor");
        standard = standards.add(
                "AM-" + UUID.randomUUID().toString().substring(0, 8),
                new StandardsManual.Wording(
                        "Plans are shared", "What good looks like.", StandardDomain.PLANNING, CareService.ALL),
                "qa.lead");
        programme = AuditFixture.programme(programmes, jdbc, mvc, demo, 1);
        leadersAudit = AuditFixture.firstAudit(jdbc, programme);
        childrensTemplateVersion = jdbc.sql("select template_version_id from audit_programme where id = ?")
                .param(programme)
                .query(Long.class)
                .single();
        childrensTemplate = jdbc.sql("select template_id from audit_template_version where id = ?")
                .param(childrensTemplateVersion)
                .query(Long.class)
                .single();
        snapshot = new ChildrensRegister()
                .childProtection(
                        1, organisation.team(managersTeam).orElseThrow().name())
                .imported(mvc, demo.as("qa.lead"));
        registerImport = jdbc.sql("select import_id from register_snapshot where id = ?")
                .param(snapshot)
                .query(Long.class)
                .single();
        ownTeamCase = jdbc.sql("select id from register_case where snapshot_id = ?")
                .param(snapshot)
                .query(Long.class)
                .single();
        practiceWeek();
        learningReview();
    }

    /** A review of the test's own, with a finding, a recommendation and a theme (which the QA lead's row retires). */
    private void learningReview() {
        var learning = context.getBean(org.praxis.learning.LearningRecords.class);
        review = learning.addReview(
                new org.praxis.learning.LearningRecords.ReviewPlan(
                        "Authorisation matrix review " + UUID.randomUUID(),
                        "THEMATIC",
                        "CHILDREN",
                        "The test",
                        null,
                        java.time.LocalDate.now().minusDays(1),
                        "PUBLISHED",
                        null,
                        null),
                "test");
        finding = learning.addFinding(review, "A lesson", java.util.Set.of(), java.util.Set.of(), java.util.Set.of());
        recommendation = learning.addRecommendations(
                        review,
                        finding,
                        List.of(new org.praxis.learning.LearningRecords.RecommendationPlan("1", "Do it")),
                        "test")
                .getFirst();
        var name = "Matrix theme " + UUID.randomUUID();
        jdbc.sql("insert into learning_theme (name, name_key) values (?, ?)")
                .params(name, name.toLowerCase(java.util.Locale.ROOT))
                .update();
        theme = jdbc.sql("select id from learning_theme where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    /**
     * A week in which the manager's team takes part and the leader visits it; the visitor and the QA lead (who is a
     * leader too) are in it, visiting nothing.
     */
    private void practiceWeek() {
        var weeks = new PracticeWeekFixture(context);
        week = weeks.leaderVisitsTheTeam("Authorisation matrix", PracticeWeekFixture.freshMondays(1));
        leadersVisit = weeks.onlySlot(week);
        weeks.invite(week, "qa.lead");
        feedbackCode = jdbc.sql("select feedback_code from practice_week where id = ?")
                .param(week)
                .query(String.class)
                .single();
    }

    private long userColumn(String column, String username) {
        return jdbc.sql("select " + column + " from user_account where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    // Expected status per user (every 403 must also leave one DENIED entry in the access log): admin, qa.lead (QA lead
    // and leader), leader, manager, practitioner, visitor, anonymous.
    // 302 for anonymous is the redirect to sign-in.
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GET  | /                                  | 200 200 200 200 200 200 302
            GET  | /organisation/staff                | 200 200 200 200 200 403 302
            GET  | /organisation/staff/{ownTeamStaff} | 200 200 200 200 200 403 302
            GET  | /organisation/staff/new            | 200 403 403 403 403 403 302
            POST | /organisation/staff/new            | 200 403 403 403 403 403 302
            GET  | /organisation/staff/{ownTeamStaff}/edit | 200 403 403 403 403 403 302
            POST | /organisation/staff/{ownTeamStaff}/deactivate | 403* 403 403 403 403 403 302
            GET  | /organisation/staff/import         | 200 403 403 403 403 403 302
            GET  | /organisation/teams                | 200 200 200 200 200 403 302
            GET  | /organisation/teams/new            | 200 403 403 403 403 403 302
            GET  | /organisation/teams/{team}/edit    | 200 403 403 403 403 403 302
            GET  | /organisation/services             | 200 200 200 200 200 403 302
            GET  | /organisation/services/new         | 200 403 403 403 403 403 302
            GET  | /organisation/services/{area}/edit | 200 403 403 403 403 403 302
            GET  | /organisation/directorates/new     | 200 403 403 403 403 403 302
            POST | /organisation/directorates/new     | 200 403 403 403 403 403 302
            GET  | /organisation/visitors             | 200 200 403 403 403 403 302
            GET  | /organisation/visitors/{visitor}   | 200 200 403 403 403 403 302
            GET  | /organisation/visitors/new         | 200 200 403 403 403 403 302
            GET  | /organisation/visitors/{visitor}/edit | 200 200 403 403 403 403 302
            GET  | /admin/users                       | 200 403 403 403 403 403 302
            GET  | /admin/users/new                   | 200 403 403 403 403 403 302
            GET  | /admin/api-tokens                  | 200 403 403 403 403 403 302
            GET  | /admin/users/{account}/edit        | 200 403 403 403 403 403 302
            GET  | /admin/access-log                  | 200 403 403 403 403 403 302
            GET  | /admin/access-log/export.csv       | 200 403 403 403 403 403 302
            GET  | /register                           | 403 200 200 200 200 403 302
            GET  | /register/cases/{ownTeamCase}       | 403 200 200 200 200 403 302
            GET  | /register/indicators                | 403 200 200 200 200 403 302
            GET  | /register/indicators/over-time      | 403 200 200 200 200 403 302
            GET  | /register/indicators/thresholds     | 403 200 403 403 403 403 302
            GET  | /register/indicators/thresholds/cp-visits | 403 200 403 403 403 403 302
            POST | /register/indicators/thresholds/cp-visits | 403 200 403 403 403 403 302
            GET  | /register/snapshots                 | 200 200 200 403 403 403 302
            GET  | /register/snapshots/{snapshot}      | 200 200 200 403 403 403 302
            GET  | /register/snapshots/{snapshot}/withdraw | 403 200 403 403 403 403 302
            POST | /register/snapshots/{snapshot}/withdraw | 403 200 403 403 403 403 302
            GET  | /register/imports                   | 200 200 403 403 403 403 302
            GET  | /register/imports/new               | 200 200 403 403 403 403 302
            POST | /register/imports/new               | 200 200 403 403 403 403 302
            GET  | /register/imports/{import}          | 200 200 403 403 403 403 302
            GET  | /register/imports/{import}/progress | 200 200 403 403 403 403 302
            POST | /register/imports/{import}/cancel   | 302 302 403 403 403 403 302
            POST | /register/imports/{import}/confirm  | 302 302 403 403 403 403 302
            POST | /register/imports/{import}/discard  | 302 302 403 403 403 403 302
            POST | /register/adults/reading            | 302 302 403 403 403 403 302
            GET  | /register/imports/{import}/problems.csv | 200 200 403 403 403 403 302
            GET  | /register/names                     | 200 200 403 403 403 403 302
            POST | /register/names                     | 200 200 403 403 403 403 302
            GET  | /register/bank-holidays             | 200 200 403 403 403 403 302
            POST | /register/bank-holidays             | 200 403 403 403 403 403 302
            POST | /register/bank-holidays/remove      | 302 403 403 403 403 403 302
            POST | /api/register/annex-a               | 400 400 403 403 403 403 401
            GET  | /standards                          | 200 200 200 200 200 200 302
            GET  | /standards/print                    | 200 200 200 200 200 200 302
            GET  | /standards/{standard}               | 200 200 200 200 200 200 302
            GET  | /standards/new                      | 403 200 403 403 403 403 302
            GET  | /learning/reviews                   | 403 200 200 200 200 403 302
            GET  | /learning/reviews/new               | 403 200 403 403 403 403 302
            POST | /learning/reviews/new               | 403 200 403 403 403 403 302
            GET  | /learning/reviews/{review}          | 403 200 200 200 200 403 302
            GET  | /learning/reviews/{review}/edit     | 403 200 403 403 403 403 302
            POST | /learning/reviews/{review}/edit     | 403 200 403 403 403 403 302
            POST | /learning/reviews/{review}/cases    | 403 200 403 403 403 403 302
            POST | /learning/reviews/{review}/cases/remove?reference=NONE | 403 302 403 403 403 403 302
            GET  | /learning/reviews/{review}/findings/new | 403 200 403 403 403 403 302
            POST | /learning/reviews/{review}/findings/new | 403 200 403 403 403 403 302
            GET  | /learning/findings/{finding}/edit   | 403 200 403 403 403 403 302
            POST | /learning/findings/{finding}/edit   | 403 200 403 403 403 403 302
            POST | /learning/reviews/{review}/recommendations | 403 200 403 403 403 403 302
            GET  | /learning/reviews/{review}/recommendations/import | 403 200 403 403 403 403 302
            POST | /learning/reviews/{review}/recommendations/import | 403 200 403 403 403 403 302
            GET  | /learning/recommendations/{recommendation}/actions/new | 403 200 403 403 403 403 302
            POST | /learning/recommendations/{recommendation}/actions/new | 403 200 403 403 403 403 302
            GET  | /learning/synopsis                  | 403 200 200 403 403 403 302
            GET  | /learning/synopsis.pdf              | 403 200 200 403 403 403 302
            POST | /learning/synopsis/read             | 403 302 302 403 403 403 302
            GET  | /learning/themes                    | 403 200 200 200 200 403 302
            POST | /learning/themes                    | 403 200 403 403 403 403 302
            POST | /learning/themes/{theme}/retire     | 403 302 403 403 403 403 302
            POST | /standards/{standard}/withdraw      | 403 200 403 403 403 403 302
            POST | /standards/new                      | 403 200 403 403 403 403 302
            GET  | /standards/{standard}/edit          | 403 200 403 403 403 403 302
            POST | /standards/{standard}/edit          | 403 200 403 403 403 403 302
            GET  | /audit/templates                    | 200 200 200 200 200 403 302
            GET  | /audit/templates/new                | 403 200 403 403 403 403 302
            POST | /audit/templates/new                | 403 200 403 403 403 403 302
            GET  | /audit/templates/versions/{templateVersion} | 200 200 200 200 200 403 302
            POST | /audit/templates/versions/{templateVersion}/sections | 403 200 403 403 403 403 302
            GET  | /audit/templates/versions/{templateVersion}/questions/new | 403 200 403 403 403 403 302
            POST | /audit/templates/versions/{templateVersion}/questions/new | 403 200 403 403 403 403 302
            POST | /audit/templates/versions/{templateVersion}/questions/{question}/remove | 403 302 403 403 403 403 302
            POST | /audit/templates/versions/{templateVersion}/publish | 403 302 403 403 403 403 302
            POST | /audit/templates/{template}/new-version | 403 302* 403 403 403 403 302
            GET  | /audit                              | 200 200 200 200 200 403 302
            GET  | /audit/programmes                   | 403 200 403 403 403 403 302
            GET  | /audit/programmes/new               | 403 200 403 403 403 403 302
            POST | /audit/programmes/new               | 403 200 403 403 403 403 302
            GET  | /audit/programmes/{programme}       | 403 200 403 403 403 403 302
            GET  | /audit/programmes/{programme}/audits/{leadersAudit}/change | 403 200 403 403 403 403 302
            GET  | /exports                            | 403 200 200 403 403 403 302
            GET  | /exports/answers.csv                | 403 200 200 403 403 403 302
            GET  | /audit/audits/{leadersAudit}        | 403 200 200 403 403 403 302
            POST | /audit/audits/{leadersAudit}        | 403 200 200 403 403 403 302
            POST | /audit/audits/{leadersAudit}/autosave | 403 200 200 403 403 403 302
            POST | /audit/audits/{leadersAudit}/reply  | 403 403 403 403 403 403 302
            GET  | /audit/moderation                   | 403 200 403 403 403 403 302
            POST | /audit/programmes/{programme}/moderation-draw | 403 302 403 403 403 403 302
            GET  | /audit/audits/{leadersAudit}/moderation | 403 200 403 403 403 403 302
            POST | /audit/audits/{leadersAudit}/moderation/grade | 403 200 403 403 403 403 302
            POST | /audit/audits/{leadersAudit}/moderation/agree | 403 200 403 403 403 403 302
            GET  | /audit/findings                     | 403 200 200 403 403 403 302
            GET  | /audit/programmes/{programme}/findings | 403 200 200 403 403 403 302
            GET  | /audit/programmes/{programme}/findings.xlsx | 403 200 200 403 403 403 302
            GET  | /audit/programmes/{programme}/findings.pdf | 403 200 200 403 403 403 302
            POST | /audit/audits/{leadersAudit}/actions | 403 403 403 403 403 403 302
            POST | /audit/audits/{leadersAudit}/conversations | 403 403 403 403 403 403 302
            GET  | /actions                            | 200 200 200 200 200 403 302
            GET  | /actions/team                       | 403 403 403 200 403 403 302
            GET  | /actions/all                        | 403 200 200 403 403 403 302
            GET  | /actions/export.csv                 | 200 200 200 200 200 403 302
            GET  | /actions/team/export.xlsx           | 403 403 403 200 403 403 302
            GET  | /actions/all/export.csv             | 403 200 200 403 403 403 302
            GET  | /actions/0/evidence/0               | 404 404 404 404 404 403 302
            GET  | /practice-week                      | 403 200 200 200 200 200 302
            GET  | /practice-week/new                  | 403 200 403 403 403 403 302
            GET  | /practice-week/{week}/edit          | 403 200 403 403 403 403 302
            GET  | /practice-week/{week}/delete        | 403 200 403 403 403 403 302
            GET  | /practice-week/{week}/timetable/place?slot=0&place=0 | 403 404 403 403 403 403 302
            POST | /practice-week/{week}/family-feedback/0/quote-text?quoteText=x | 403 302 403 403 403 403 302
            GET  | /practice-week/{week}               | 403 200 200 200 200 200 302
            GET  | /practice-week/{week}/slots         | 403 200 403 200 403 403 302
            GET  | /practice-week/{week}/slots/new     | 403 200 403 200 403 403 302
            GET  | /practice-week/{week}/visitors      | 403 200 403 403 403 403 302
            GET  | /practice-week/{week}/availability  | 403 200 200 403 403 200 302
            GET  | /practice-week/{week}/timetable     | 403 200 403 403 403 403 302
            POST | /practice-week/{week}/timetable/stop | 403 302 403 403 403 403 302
            GET  | /practice-week/{week}/my-visits     | 403 200 200 403 403 200 302
            GET  | /practice-week/{week}/my-visits.ics | 403 200 200 403 403 200 302
            GET  | /practice-week/{week}/team-visits   | 403 404 403 200 403 403 302
            GET  | /practice-week/{week}/team-visits.ics | 403 404 403 200 403 403 302
            GET  | /practice-week/{week}/records       | 403 200 403 403 403 403 302
            GET  | /practice-week/{week}/team-feedback | 403 403 403 200 200 403 302
            GET  | /practice-week/{week}/staff-feedback | 403 200 200 200 200 403 302
            GET  | /practice-week/{week}/family-feedback | 403 200 403 403 403 403 302
            GET  | /practice-week/{week}/feedback-qr.png | 403 200 403 403 403 403 302
            GET  | /practice-week/{week}/report        | 403 200 200 403 403 403 302
            GET  | /practice-week/{week}/report.pdf    | 403 200 200 403 403 403 302
            GET  | /practice-week/{week}/report.xlsx   | 403 200 200 403 403 403 302
            POST | /practice-week/new                  | 403 200 403 403 403 403 302
            POST | /practice-week/{week}/slots/new     | 403 200 403 200 403 403 302
            POST | /practice-week/{week}/slots/0/withdraw | 403 404 403 404 403 403 302
            POST | /practice-week/{week}/visitors      | 403 302 403 403 403 403 302
            POST | /practice-week/{week}/availability  | 403 200 200 403 403 200 302
            POST | /practice-week/{week}/timetable/solve?seconds=1 | 403 302 403 403 403 403 302
            POST | /practice-week/{week}/timetable/pin?slot=999999&place=0&pinned=true | 403 404 403 403 403 403 302
            GET  | /practice-week/{week}/visits/0/record | 403 404 404 403 403 404 302
            POST | /practice-week/{week}/visits/0/record | 403 404 404 403 403 404 302
            GET  | /practice-week/{week}/records/suggestions/0/accept | 403 404 403 403 403 403 302
            POST | /practice-week/{week}/records/suggestions/0/accept | 403 302 403 403 403 403 302
            POST | /practice-week/{week}/staff-feedback | 403 200 200 200 200 403 302
            POST | /practice-week/{week}/family-feedback/0/quote?approved=true | 403 302 403 403 403 403 302
            GET  | /f/{code}                           | 200 200 200 200 200 200 200
            POST | /f/{code}                           | 200 200 200 200 200 200 200
            GET  | /f/{code}/thanks                    | 200 200 200 200 200 200 200
            GET  | /notifications                      | 200 200 200 200 200 200 302
            POST | /notifications/read                 | 302 302 302 302 302 302 302
            GET  | /session/keep-alive                | 204 204 204 204 204 204 302
            GET  | /accessibility                     | 200 200 200 200 200 200 200
            GET  | /privacy                           | 200 200 200 200 200 200 200
            GET  | /sign-in                           | 302 302 302 302 302 302 200
            GET  | /actuator/health/readiness         | 200 200 200 200 200 200 200
            """)
    void roleAndScreen(String method, String pathPattern, String expected) throws Exception {
        var path = pathPattern
                .replace("{ownTeamStaff}", String.valueOf(practitionersStaffRecord))
                .replace(
                        "{area}",
                        String.valueOf(
                                organisation.team(managersTeam).orElseThrow().serviceAreaId()))
                .replace("{team}", String.valueOf(managersTeam))
                .replace("{visitor}", String.valueOf(visitorsRecord))
                .replace("{ownTeamCase}", String.valueOf(ownTeamCase))
                .replace("{snapshot}", String.valueOf(snapshot))
                .replace("{standard}", String.valueOf(standard))
                .replace("{review}", String.valueOf(review))
                .replace("{finding}", String.valueOf(finding))
                .replace("{recommendation}", String.valueOf(recommendation))
                .replace("{theme}", String.valueOf(theme))
                .replace("{templateVersion}", String.valueOf(childrensTemplateVersion))
                .replace("{question}", "0")
                .replace("{template}", String.valueOf(childrensTemplate))
                .replace("{week}", String.valueOf(week))
                .replace("{code}", feedbackCode)
                .replace("{programme}", String.valueOf(programme))
                .replace("{leadersAudit}", String.valueOf(leadersAudit))
                .replace("{import}", String.valueOf(registerImport))
                .replace("{account}", String.valueOf(accounts.idOf("leader").orElseThrow()));
        expect(method, path, USERS, expected);
    }

    /**
     * Each user's status for one request, and a DENIED access-log entry for every 403. A status ending in {@code *} is
     * not tried: the admin deactivate is exercised elsewhere; here it would change the fixture.
     */
    private void expect(String method, String path, List<String> users, String expected) throws Exception {
        var statuses = expected.trim().split("\\s+");
        for (int i = 0; i < users.size(); i++) {
            var username = users.get(i);
            if (statuses[i].endsWith("*")) {
                continue;
            }
            var request = MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), path)
                    .with(csrf());
            if (!username.equals("anonymous")) {
                request = request.with(demo.as(username));
            }
            long deniedBefore = denied(username);
            var status = mvc.perform(request).andReturn().getResponse().getStatus();
            assertThat(status).as("%s %s as %s", method, path, username).isEqualTo(Integer.parseInt(statuses[i]));
            if (status == 403) {
                assertThat(denied(username))
                        .as("%s %s as %s: the refusal is in the access log", method, path, username)
                        .isEqualTo(deniedBefore + 1);
            }
        }
    }

    /**
     * Targeted training, with the learning and development lead as an eighth column (the demo's {@code lindsey.okafor}):
     * admin, qa.lead, leader, manager, practitioner, visitor, anonymous, L&D lead. {@code {course}} and {@code {session}}
     * are the demo's first course and its first session; {@code {team}} is the manager's team and {@code {otherTeam}}
     * another.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GET  | /training                              | 403 200 200 403 403 403 302 200
            GET  | /training/courses/new                  | 403 403 403 403 403 403 302 200
            POST | /training/courses/new                  | 403 403 403 403 403 403 302 200
            GET  | /training/courses/{course}             | 403 200 200 403 403 403 302 200
            GET  | /training/courses/{course}/edit        | 403 403 403 403 403 403 302 200
            POST | /training/courses/{course}/edit        | 403 403 403 403 403 403 302 200
            GET  | /training/courses/{course}/sessions/new | 403 403 403 403 403 403 302 200
            POST | /training/courses/{course}/sessions/new | 403 403 403 403 403 403 302 200
            GET  | /training/courses/{course}/teams/{team} | 403 200 200 200 403 403 302 200
            GET  | /training/courses/{course}/teams/{otherTeam} | 403 200 200 403 403 403 302 200
            GET  | /training/sessions/{session}           | 403 200 200 403 403 403 302 200
            GET  | /training/sessions/{session}/edit      | 403 403 403 403 403 403 302 200
            POST | /training/sessions/{session}/edit      | 403 403 403 403 403 403 302 200
            POST | /training/sessions/{session}/attendance | 403 403 403 403 403 403 302 302
            POST | /training/sessions/{session}/attendance/0/remove | 403 403 403 403 403 403 302 302
            POST | /training/sessions/{session}/attendance/0/confidence | 403 403 403 403 403 403 302 302
            GET  | /training/attendance/import            | 403 403 403 403 403 403 302 200
            POST | /training/attendance/import            | 403 403 403 403 403 403 302 200
            GET  | /training/needs                        | 403 403 403 403 403 403 302 200
            GET  | /training/needs/decided                | 403 403 403 403 403 403 302 200
            GET  | /training/needs/decide?need=none       | 403 403 403 403 403 403 302 404
            POST | /training/needs/decide                 | 403 403 403 403 403 403 302 404
            GET  | /training/required                     | 403 200 200 403 403 403 302 200
            POST | /training/required                     | 403 403 403 403 403 403 302 200
            POST | /training/required/0/remove            | 403 403 403 403 403 403 302 302
            GET  | /training/team                         | 403 403 403 200 403 403 302 403
            GET  | /training/mine                         | 403 403 403 200 200 403 302 403
            POST | /training/mine/sessions/{session}/confidence | 403 403 403 302 302 403 302 403
            """)
    void trainingScreens(String method, String pathPattern, String expected) throws Exception {
        long course = jdbc.sql("select min(id) from training_course")
                .query(Long.class)
                .single();
        long session = jdbc.sql("select min(id) from training_session where course_id = ?")
                .param(course)
                .query(Long.class)
                .single();
        long otherTeam = jdbc.sql("select min(id) from team_directory where id <> ?")
                .param(managersTeam)
                .query(Long.class)
                .single();
        var path = pathPattern
                .replace("{course}", String.valueOf(course))
                .replace("{session}", String.valueOf(session))
                .replace("{otherTeam}", String.valueOf(otherTeam))
                .replace("{team}", String.valueOf(managersTeam));
        var users = new java.util.ArrayList<>(USERS);
        users.add("lindsey.okafor");
        expect(method, path, users, expected);
    }

    /**
     * Staff surveys, with the learning and development lead as the eighth column. {@code {survey}} is the demo's latest
     * closed healthy workplace survey, {@code {open}} its engagement survey open now (sent to every staff member),
     * {@code {bank}} and {@code {version}} the healthy workplace question bank and its published version 1.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GET  | /surveys                               | 200 200 200 200 403 403 302 200
            GET  | /surveys/new                           | 200 200 403 403 403 403 302 403
            POST | /surveys/new                           | 200 200 403 403 403 403 302 403
            GET  | /surveys/{survey}                      | 200 200 200 200 403 403 302 200
            POST | /surveys/{survey}/send?lockVersion=0   | 302 302 403 403 403 403 302 403
            POST | /surveys/{survey}/remind               | 302 302 403 403 403 403 302 403
            POST | /surveys/{survey}/delete?lockVersion=0 | 302 302 403 403 403 403 302 403
            GET  | /surveys/{survey}/results              | 200 200 200 200 403 403 302 200
            GET  | /surveys/{survey}/results?by=TEAM      | 200 200 200 200 403 403 302 200
            GET  | /surveys/{survey}/results.csv          | 200 200 200 200 403 403 302 200
            GET  | /surveys/{survey}/comments             | 200 200 403 403 403 403 302 403
            POST | /surveys/{survey}/comments/none?decision=PUBLISHED&lockVersion=0 | 404 404 403 403 403 403 302 403
            GET  | /surveys/{survey}/national             | 200 200 403 403 403 403 302 403
            POST | /surveys/{survey}/national             | 302 302 403 403 403 403 302 403
            GET  | /surveys/mine                          | 200 200 200 200 200 403 302 200
            GET  | /surveys/{open}/answer                 | 200 200 200 200 200 403 302 200
            POST | /surveys/{open}/answer                 | 200 200 200 200 200 403 302 200
            GET  | /surveys/link/not-a-link               | 404 404 404 404 404 404 404 404
            GET  | /surveys/link/thanks                   | 200 200 200 200 200 200 200 200
            GET  | /surveys/question-banks                | 200 200 403 403 403 403 302 403
            GET  | /surveys/question-banks/new            | 200 200 403 403 403 403 302 403
            POST | /surveys/question-banks/new            | 200 200 403 403 403 403 302 403
            GET  | /surveys/question-banks/{bank}         | 200 200 403 403 403 403 302 403
            POST | /surveys/question-banks/{bank}/versions | 302 302 403 403 403 403 302 403
            GET  | /surveys/question-banks/{bank}/versions/{version} | 200 200 403 403 403 403 302 403
            POST | /surveys/question-banks/{bank}/versions/{version}/questions | 200 200 403 403 403 403 302 403
            POST | /surveys/question-banks/{bank}/versions/{version}/questions/0/remove | 302 302 403 403 403 403 302 403
            POST | /surveys/question-banks/{bank}/versions/{version}/publish | 302 302 403 403 403 403 302 403
            GET  | /health-check                          | 403 200 200 200 403 403 302 200
            GET  | /health-check/{lastYear}               | 403 200 200 200 403 403 302 200
            GET  | /health-check/{lastYear}.pdf           | 403 200 200 200 403 403 302 200
            GET  | /health-check/{lastYear}/actions/new   | 403 200 403 403 403 403 302 403
            POST | /health-check/{lastYear}/actions/new   | 403 200 403 403 403 403 302 403
            POST | /health-check/{lastYear}/plan?agreed=no | 403 302 403 403 403 403 302 403
            """)
    void surveyScreens(String method, String pathPattern, String expected) throws Exception {
        long survey = jdbc.sql("select max(s.id) from survey s join survey_bank_version v on v.id = s.version_id"
                        + " join survey_question_bank b on b.id = v.bank_id"
                        + " where b.kind = 'HEALTHY_WORKPLACE' and s.closes_on < current_date"
                        + " and s.title like 'Healthy workplace survey %'")
                .query(Long.class)
                .single();
        long open = jdbc.sql("select min(s.id) from survey s join survey_bank_version v on v.id = s.version_id"
                        + " join survey_question_bank b on b.id = v.bank_id"
                        + " where b.kind = 'ENGAGEMENT' and s.closes_on >= current_date and s.sent_at is not null")
                .query(Long.class)
                .single();
        long bank = jdbc.sql("select id from survey_question_bank where kind = 'HEALTHY_WORKPLACE'")
                .query(Long.class)
                .single();
        long version = jdbc.sql("select id from survey_bank_version where bank_id = ? and version_number = 1")
                .param(bank)
                .query(Long.class)
                .single();
        var path = pathPattern
                .replace("{survey}", String.valueOf(survey))
                .replace("{open}", String.valueOf(open))
                .replace("{bank}", String.valueOf(bank))
                .replace("{version}", String.valueOf(version))
                .replace(
                        "{lastYear}",
                        String.valueOf(jdbc.sql("select max(extract(year from closes_on)) from survey"
                                        + " where title like 'Social work health check %'")
                                .query(Integer.class)
                                .single()));
        var users = new java.util.ArrayList<>(USERS);
        users.add("lindsey.okafor");
        expect(method, path, users, expected);
    }

    /**
     * Workforce health: supervision, the workforce picture and caseloads. {@code {supervision}} is a session of the
     * practitioner's, supervised by the manager (their team's manager): only those two open its record; the QA lead and
     * leaders see compliance, never what was said.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GET  | /workforce/supervision                | 403 200 200 200 403 403 302
            GET  | /workforce/supervision/new            | 403 200 403 200 403 403 302
            POST | /workforce/supervision/new            | 403 200 403 200 403 403 302
            GET  | /workforce/supervision/mine           | 403 200 200 200 200 403 302
            GET  | /workforce/supervision/{supervision}  | 403 403 403 200 200 403 302
            GET  | /workforce/supervision/import         | 403 200 403 403 403 403 302
            POST | /workforce/supervision/import         | 403 200 403 403 403 403 302
            GET  | /workforce/picture                    | 403 200 200 403 403 403 302
            GET  | /workforce/establishment              | 403 200 403 403 403 403 302
            POST | /workforce/establishment              | 403 200 403 403 403 403 302
            GET  | /workforce/hr-import                  | 403 200 403 403 403 403 302
            POST | /workforce/hr-import                  | 403 200 403 403 403 403 302
            GET  | /workforce/caseloads                  | 403 200 403 200 403 403 302
            """)
    void workforceScreens(String method, String pathPattern, String expected) throws Exception {
        var records = context.getBean(org.praxis.workforce.WorkforceRecords.class);
        long supervision = records.recordSessions(
                        List.of(new org.praxis.workforce.WorkforceRecords.Session(
                                practitionersStaffRecord,
                                userColumn("staff_id", "manager"),
                                java.time.LocalDate.now().minusDays(1),
                                org.praxis.workforce.SupervisionKind.ONE_TO_ONE,
                                "Reflected on a hard visit")),
                        org.praxis.workforce.WorkforceRecords.Source.SCREEN,
                        "manager")[0];
        expect(method, pathPattern.replace("{supervision}", String.valueOf(supervision)), USERS, expected);
    }

    /**
     * Complaints and compliments, with the complaints manager as the eighth column (the demo's
     * {@code complaints.manager}). {@code {complaint}} is a demo complaint about the manager's team, {@code {other}} one
     * about another team, {@code {compliment}} a compliment about the demo practitioner (in the manager's team).
     * POSTs of empty forms are refused back to the page (302) or shown again with their problems (200). An address
     * whose parameters do not bind (a word where a number goes, a missing lock version) is refused (403) to whoever
     * may not open the page, before it is bound; those who may open it are told a path that does not bind names no page
     * (404) and a missing or unreadable parameter is a bad request (400).
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GET  | /complaints                            | 403 200 200 200 200 403 302 200
            GET  | /complaints/new                        | 403 403 403 403 403 403 302 200
            POST | /complaints/new                        | 403 403 403 403 403 403 302 200
            GET  | /complaints/{complaint}                | 403 200 200 200 403 403 302 200
            GET  | /complaints/{other}                    | 403 200 200 403 403 403 302 200
            GET  | /complaints/{compliment}               | 403 200 200 200 200 403 302 200
            POST | /complaints/{complaint}/respond?lockVersion=0 | 403 403 403 403 403 403 302 302
            POST | /complaints/{complaint}/extend?lockVersion=0  | 403 403 403 403 403 403 302 302
            POST | /complaints/{complaint}/escalate?lockVersion=0 | 403 403 403 403 403 403 302 302
            POST | /complaints/{complaint}/acknowledge?lockVersion=0 | 403 403 403 403 403 403 302 302
            POST | /complaints/{complaint}/learning?lockVersion=-1 | 403 403 403 403 403 403 302 302
            POST | /complaints/{complaint}/ombudsman?lockVersion=0 | 403 403 403 403 403 403 302 302
            POST | /complaints/{complaint}/ombudsman/decision?lockVersion=0 | 403 403 403 403 403 403 302 302
            POST | /complaints/{complaint}/ombudsman/complied?lockVersion=0 | 403 403 403 403 403 403 302 302
            GET  | /complaints/trends                     | 403 200 200 403 403 403 302 200
            GET  | /complaints/annual-report              | 403 200 200 403 403 403 302 200
            GET  | /complaints/annual                     | 403 404 404 404 404 403 302 404
            GET  | /complaints/annual-report?year=last    | 403 200 200 403 403 403 302 200
            GET  | /complaints/annual-report/CHILDREN/last.pdf | 403 404 404 403 403 403 302 404
            POST | /complaints/{complaint}/respond         | 403 403 403 403 403 403 302 400
            GET  | /complaints/annual-report/CHILDREN/2024.pdf  | 403 200 200 403 403 403 302 200
            GET  | /complaints/annual-report/CHILDREN/2024.xlsx | 403 200 200 403 403 403 302 200
            POST | /complaints/annual-report/CORPORATE/2999/publish | 403 403 403 403 403 403 302 302
            GET  | /complaints/categories                 | 200 200 403 403 403 403 302 403
            POST | /complaints/categories                 | 302 302 403 403 403 403 302 403
            POST | /complaints/categories/0/retire        | 404 404 403 403 403 403 302 403
            GET  | /complaints/import                     | 403 403 403 403 403 403 302 200
            POST | /complaints/import                     | 403 403 403 403 403 403 302 200
            """)
    void complaintScreens(String method, String pathPattern, String expected) throws Exception {
        long complaint = jdbc.sql("select min(id) from complaint where kind = 'COMPLAINT' and team_id = ?")
                .param(managersTeam)
                .query(Long.class)
                .single();
        long other = jdbc.sql("select min(id) from complaint where kind = 'COMPLAINT' and team_id <> ?")
                .param(managersTeam)
                .query(Long.class)
                .single();
        long compliment = jdbc.sql("select min(id) from complaint where kind = 'COMPLIMENT' and staff_id = ?")
                .param(practitionersStaffRecord)
                .query(Long.class)
                .single();
        var path = pathPattern
                .replace("{complaint}", String.valueOf(complaint))
                .replace("{other}", String.valueOf(other))
                .replace("{compliment}", String.valueOf(compliment));
        var users = new java.util.ArrayList<>(USERS);
        users.add("complaints.manager");
        expect(method, path, users, expected);
    }

    @Test
    void aVisitorOpeningAnotherVisitorsVisitRecordIsRefusedAndTheRefusalLogged() throws Exception {
        var slot = leadersVisit;
        long before = denied("visitor");
        var status = mvc.perform(MockMvcRequestBuilders.get("/practice-week/" + week + "/visits/" + slot + "/record")
                        .with(demo.as("visitor")))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(denied("visitor")).isEqualTo(before + 1);
        assertThat(jdbc.sql("""
                        select record_type || ' ' || record_id from access_log
                        where username = 'visitor' and action = 'DENIED' order by id desc fetch first 1 rows only
                        """).query(String.class).single()).isEqualTo("Visit record " + slot);
    }

    private long denied(String username) {
        return jdbc.sql("select count(*) from access_log where action = 'DENIED' and username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    /**
     * Governance, with the demo's committee member ({@code councillor}) as the eighth column: admin, qa.lead, leader,
     * manager, practitioner, visitor, anonymous, councillor. {@code {published}} is the demo's published report of the
     * last quarter and {@code {draft}} this quarter's draft; {@code {committee}}, {@code {meeting}}, {@code {item}} and
     * {@code {followUp}} the scrutiny commission, its first meeting, that meeting's item and its first follow-up.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GET  | /governance/committees                    | 403 200 200 403 403 403 302 403
            POST | /governance/committees                    | 403 200 403 403 403 403 302 403
            GET  | /governance/committees/{committee}        | 403 200 200 403 403 403 302 403
            POST | /governance/committees/{committee}/meetings | 403 200 403 403 403 403 302 403
            GET  | /governance/meetings/{meeting}            | 403 200 200 403 403 403 302 403
            POST | /governance/meetings/{meeting}/items      | 403 200 403 403 403 403 302 403
            GET  | /governance/items/{item}/resolutions/new | 403 200 403 403 403 403 302 403
            POST | /governance/items/{item}/resolutions/new | 403 200 403 403 403 403 302 403
            GET  | /governance/follow-ups                    | 403 200 200 403 403 403 302 200
            GET  | /governance/follow-ups?showing=OVERDUE    | 403 200 200 403 403 403 302 200
            GET  | /governance/follow-ups/{followUp}         | 403 200 200 403 403 403 302 200
            POST | /governance/follow-ups/{followUp}/answer  | 403 200 403 403 403 403 302 403
            GET  | /governance/follow-ups/{followUp}/actions/new | 403 200 403 403 403 403 302 403
            POST | /governance/follow-ups/{followUp}/actions/new | 403 200 403 403 403 403 302 403
            GET  | /governance/reports                       | 403 200 200 403 403 403 302 200
            POST | /governance/reports                       | 403 200 403 403 403 403 302 403
            GET  | /governance/reports/{published}           | 403 200 200 403 403 403 302 200
            GET  | /governance/reports/abc                   | 403 404 404 403 403 403 302 404
            GET  | /governance/reports/{draft}               | 403 200 200 403 403 403 302 403
            GET  | /governance/reports/{published}.pdf       | 403 200 200 403 403 403 302 200
            GET  | /governance/reports/{draft}.pdf           | 403 200 200 403 403 403 302 403
            GET  | /governance/reports/{published}.xlsx      | 403 200 200 403 403 403 302 200
            GET  | /governance/reports/{draft}.docx          | 403 200 200 403 403 403 302 403
            GET  | /governance/reports/{draft}/sections/workforce | 403 200 403 403 403 403 302 403
            POST | /governance/reports/{draft}/sections/workforce?lockVersion=-1 | 403 302 403 403 403 403 302 403
            POST | /governance/reports/{draft}/move?to=NOWHERE&lockVersion=-1 | 403 302 302 403 403 403 302 403
            POST | /governance/reports/{draft}/new-version  | 403 302 403 403 403 403 302 403
            GET  | /governance/reports/logo                  | 403 200 403 403 403 403 302 403
            POST | /governance/reports/logo                  | 403 200 403 403 403 403 302 403
            GET  | /governance/reports/logo.img              | 403 404 404 403 403 403 302 404
            GET  | /governance/director                      | 403 200 200 403 403 403 302 403
            GET  | /standards                                | 200 200 200 200 200 200 302 403
            GET  | /                                         | 200 200 200 200 200 200 302 200
            """)
    void governanceScreens(String method, String pathPattern, String expected) throws Exception {
        long committee =
                jdbc.sql("select min(id) from committee").query(Long.class).single();
        long meeting = jdbc.sql("select min(id) from committee_meeting where committee_id = ?")
                .param(committee)
                .query(Long.class)
                .single();
        long item = jdbc.sql("select min(id) from committee_agenda_item where meeting_id = ?")
                .param(meeting)
                .query(Long.class)
                .single();
        long followUp = jdbc.sql(
                        "select min(id) from committee_resolution where agenda_item_id = ? and kind <> 'NOTED'")
                .param(item)
                .query(Long.class)
                .single();
        long published = jdbc.sql("select min(id) from assurance_report where status = 'PUBLISHED'")
                .query(Long.class)
                .single();
        long draft = jdbc.sql("select min(id) from assurance_report where status = 'DRAFT'")
                .query(Long.class)
                .single();
        var path = pathPattern
                .replace("{committee}", String.valueOf(committee))
                .replace("{meeting}", String.valueOf(meeting))
                .replace("{item}", String.valueOf(item))
                .replace("{followUp}", String.valueOf(followUp))
                .replace("{published}", String.valueOf(published))
                .replace("{draft}", String.valueOf(draft));
        var users = new java.util.ArrayList<>(USERS);
        users.add("councillor");
        expect(method, path, users, expected);
    }
}
