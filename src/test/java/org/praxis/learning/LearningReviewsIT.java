package org.praxis.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.praxis.actions.Actions;
import org.praxis.audit.AuditFixture;
import org.praxis.audit.AuditProgrammes;
import org.praxis.audit.Grade;
import org.praxis.audit.PastAudits;
import org.praxis.documents.SpreadsheetWriter;
import org.praxis.register.ChildrensRegister;
import org.praxis.standards.CareService;
import org.praxis.standards.StandardDomain;
import org.praxis.standards.StandardsManual;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Learning reviews as the QA lead records them and as leaders and practitioners read them: the register's rules, the
 * recommendation import (all or nothing), withdrawn standards kept and marked, actions in the one tracker, the case
 * links only for those who may open the case, the evidence of change before and after publication, and the synopsis.
 * Every review here is the test's own (titles made unique), and its audits are in 2003 and 2004, which nothing else
 * uses.
 */
@PraxisIntegrationTest
class LearningReviewsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LearningRecords records;

    @Autowired
    StandardsManual standards;

    @Autowired
    AuditProgrammes programmes;

    @Autowired
    PastAudits past;

    @Autowired
    Actions actions;

    @Autowired
    org.praxis.identity.StaffAccounts accounts;

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private long review(String title, LocalDate published) {
        return records.addReview(
                new LearningRecords.ReviewPlan(
                        title,
                        "LOCAL_CSPR",
                        "CHILDREN",
                        "Test Safeguarding Partnership",
                        published == null ? null : published.minusMonths(6),
                        published,
                        published == null ? "IN_PROGRESS" : "PUBLISHED",
                        null,
                        null),
                "test");
    }

    private String page(String path, String user) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(demo.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private String send(AbstractMockHttpServletRequestBuilder<?> request, String user) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.with(csrf()).with(demo.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private MockHttpServletRequestBuilder reviewForm(String title, String commissioned, String published) {
        var request = post("/learning/reviews/new")
                .param("title", title)
                .param("kind", "SAR")
                .param("service", "ADULTS")
                .param("author", "Test Safeguarding Adults Board")
                .param("status", "PUBLISHED")
                .param("link", "")
                .param("summary", "");
        var c = commissioned.split("-");
        var p = published.split("-");
        return request.param("commissionedOn.year", c[0])
                .param("commissionedOn.month", c[1])
                .param("commissionedOn.day", c[2])
                .param("publishedOn.year", p[0])
                .param("publishedOn.month", p[1])
                .param("publishedOn.day", p[2]);
    }

    @Test
    void aReviewIsRecordedAndADuplicateTitleOrDatesInTheWrongOrderAreRefusedOnTheirFieldWithNothingWritten()
            throws Exception {
        var title = unique("Safeguarding Adults Review: Ms A");
        var added = mvc.perform(reviewForm(title, "2025-01-10", "2025-09-30")
                        .with(csrf())
                        .with(demo.as("qa.lead")))
                .andReturn()
                .getResponse();
        assertThat(added.getRedirectedUrl()).startsWith("/learning/reviews/");
        long reviews = count("select count(*) from learning_review");

        var duplicate = send(reviewForm("  " + title.toUpperCase() + " ", "2025-01-10", "2025-09-30"), "qa.lead");
        assertThat(duplicate)
                .contains("There is a problem")
                .contains("There is already a review called " + title.toUpperCase())
                .contains("href=\"#title\"");
        var backwards = send(reviewForm(unique("Review with dates backwards"), "2025-09-30", "2025-01-10"), "qa.lead");
        assertThat(backwards)
                .contains("The date published must be the same as or after the date commissioned")
                .contains("href=\"#publishedOn\"");
        var notADate = send(reviewForm(unique("Review with a bad date"), "2025-02-30", "2025-09-30"), "qa.lead");
        assertThat(notADate).contains("Date commissioned must be a real date");
        assertThat(count("select count(*) from learning_review")).isEqualTo(reviews);

        assertThat(page(added.getRedirectedUrl(), "practitioner"))
                .contains(title)
                .contains("Safeguarding adults review")
                .doesNotContain("Change the review");
    }

    @Test
    void recommendationsAreImportedAllOrNothingAndEveryBadRowIsNamed() throws Exception {
        long id = review(unique("Rapid review: Baby T"), LocalDate.now().minusDays(3));
        records.addFinding(id, "Fathers were not assessed", Set.of("Risk assessment"), Set.of(), Set.of());
        var bad = """
                Number,Recommendation,Finding
                1,Assess every adult in the household,1
                2,,
                1,Invite fathers to every meeting,
                3,Share concerns about new partners,9
                """;
        var refused = send(
                multipart("/learning/reviews/" + id + "/recommendations/import")
                        .file(new MockMultipartFile(
                                "file", "baby-t.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8))),
                "qa.lead");
        assertThat(refused)
                .contains("baby-t.csv was not imported: nothing has been added")
                .contains("Row 3, Recommendation: Enter the recommendation")
                .contains("Row 4, Number: Recommendation 1 is in the file twice")
                .contains("Row 5, Finding: This review has no finding 9 (its findings are numbered 1 to 1)");
        assertThat(count("select count(*) from learning_recommendation where review_id = ?", id))
                .isZero();

        var headings = send(
                multipart("/learning/reviews/" + id + "/recommendations/import")
                        .file(new MockMultipartFile(
                                "file", "notes.csv", "text/csv", "Item,Words\n1,Something\n".getBytes())),
                "qa.lead");
        assertThat(headings).contains("a column called \u201cNumber\u201d and one called \u201cRecommendation\u201d");

        var workbook = new ByteArrayOutputStream();
        try (var sheet = new SpreadsheetWriter(workbook)) {
            sheet.startSheet("Recommendations");
            sheet.row(List.of("No.", "Recommendation", "Finding"));
            sheet.row(List.of("1", "Assess every adult in the household", "1"));
            sheet.row(List.of("2", "Invite fathers to every meeting", ""));
        }
        var imported = mvc.perform(multipart("/learning/reviews/" + id + "/recommendations/import")
                        .file(new MockMultipartFile(
                                "file",
                                "baby-t.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                workbook.toByteArray()))
                        .with(csrf())
                        .with(demo.as("qa.lead")))
                .andReturn()
                .getResponse();
        assertThat(imported.getRedirectedUrl()).isEqualTo("/learning/reviews/" + id + "#recommendations");
        assertThat(page("/learning/reviews/" + id, "leader"))
                .contains("Recommendation 1")
                .contains("Assess every adult in the household")
                .contains("Follows from finding 1")
                .contains("Invite fathers to every meeting")
                .contains("No action yet");
    }

    @Test
    void aStandardWithdrawnAfterAFindingCitedItIsKeptMarkedButCannotBeNewlyLinked() throws Exception {
        long standard = standards.add(
                "LR-" + UUID.randomUUID().toString().substring(0, 6),
                new StandardsManual.Wording(
                        "Fathers are assessed", "Every adult is assessed.", StandardDomain.ASSESSMENT, CareService.ALL),
                "qa.lead");
        long id = review(
                unique("Review citing a standard later withdrawn"),
                LocalDate.now().minusDays(3));
        long finding = records.addFinding(id, "Fathers were invisible", Set.of(), Set.of(standard), Set.of());

        var withdrawn = mvc.perform(post("/standards/" + standard + "/withdraw")
                        .param("reason", "Merged into CS5 in the new manual")
                        .with(csrf())
                        .with(demo.as("qa.lead")))
                .andReturn()
                .getResponse();
        assertThat(withdrawn.getRedirectedUrl()).isEqualTo("/standards/" + standard);
        assertThat(page("/standards/" + standard, "practitioner"))
                .contains("Withdrawn on")
                .contains("Merged into CS5 in the new manual");
        assertThat(page("/standards", "practitioner")).doesNotContain("Fathers are assessed");

        assertThat(page("/learning/reviews/" + id, "practitioner"))
                .contains("Fathers are assessed (withdrawn)")
                .contains("Withdrawn</strong>");
        // Changing the finding keeps the withdrawn standard it already cites...
        var kept = mvc.perform(post("/learning/findings/" + finding + "/edit")
                        .param("lesson", "Fathers were invisible to every agency")
                        .param("standards", String.valueOf(standard))
                        .with(csrf())
                        .with(demo.as("qa.lead")))
                .andReturn()
                .getResponse();
        assertThat(kept.getRedirectedUrl()).isEqualTo("/learning/reviews/" + id + "#finding-" + finding);
        assertThat(count("select count(*) from learning_finding_standard where finding_id = ?", finding))
                .isOne();
        // ...but a new finding cannot link it.
        var refused = send(
                post("/learning/reviews/" + id + "/findings/new")
                        .param("lesson", "Another lesson")
                        .param("standards", String.valueOf(standard)),
                "qa.lead");
        assertThat(refused).contains("a withdrawn standard cannot be newly linked");
        assertThat(count("select count(*) from learning_finding where review_id = ?", id))
                .isOne();
    }

    @Test
    void anActionRaisedFromARecommendationIsInTheOneTrackerAndItsProgressRollsUp() throws Exception {
        var title = unique("Peer review: test");
        long id = review(title, LocalDate.now().minusDays(3));
        var recommendation = records.addRecommendations(
                        id,
                        null,
                        List.of(new LearningRecords.RecommendationPlan("1", "Make supervision reflective")),
                        "test")
                .getFirst();
        long owner = jdbc.sql("select id from user_account where username = 'manager'")
                .query(Long.class)
                .single();
        var past = send(
                post("/learning/recommendations/" + recommendation + "/actions/new")
                        .param("actionTitle", "Train managers in reflective supervision")
                        .param("actionPriority", "HIGH")
                        .param("actionOwner", String.valueOf(owner))
                        .param("actionDue.day", "1")
                        .param("actionDue.month", "1")
                        .param("actionDue.year", "2020"),
                "qa.lead");
        assertThat(past).contains("The due date must be today or later");
        var due = LocalDate.now().plusMonths(2);
        var raised = mvc.perform(post("/learning/recommendations/" + recommendation + "/actions/new")
                        .param("actionTitle", "Train managers in reflective supervision")
                        .param("actionPriority", "HIGH")
                        .param("actionOwner", String.valueOf(owner))
                        .param("actionDue.day", String.valueOf(due.getDayOfMonth()))
                        .param("actionDue.month", String.valueOf(due.getMonthValue()))
                        .param("actionDue.year", String.valueOf(due.getYear()))
                        .with(csrf())
                        .with(demo.as("qa.lead")))
                .andReturn()
                .getResponse();
        assertThat(raised.getRedirectedUrl())
                .isEqualTo("/learning/reviews/" + id + "#recommendation-" + recommendation);
        var inTracker = actions.forSource(LearningRecords.SOURCE, recommendation);
        assertThat(inTracker).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Train managers in reflective supervision");
            assertThat(a.owner()).isNotBlank();
        });
        assertThat(page("/actions/" + inTracker.getFirst().id(), "manager"))
                .contains("recommendation 1")
                .contains("/learning/reviews/" + id + "#recommendation-" + recommendation);
        assertThat(page("/learning/reviews/" + id, "manager"))
                .contains("Train managers in reflective supervision")
                .contains("In progress");
        var list = page("/learning/reviews", "manager");
        assertThat(list.substring(list.indexOf("Learning that concerns your team"), list.indexOf("Kind of review")))
                .as("a review with an action for the manager's team concerns the team")
                .contains(title);
    }

    @Test
    void aLinkedCaseIsShownOnlyToThoseWhoMayOpenItAndEachShowingIsInTheAccessLog() throws Exception {
        long snapshot = new ChildrensRegister()
                .childProtection(1, "Child Protection Team East")
                .childProtection(1, "Child Protection Team West")
                .imported(mvc, demo.as("qa.lead"));
        long practitionersTeam = jdbc.sql("select team_id from user_account where username = 'practitioner'")
                .query(Long.class)
                .single();
        var ownTeamCase = jdbc.sql("select case_reference from register_case where snapshot_id = ? and team_id = ?")
                .params(snapshot, practitionersTeam)
                .query(String.class)
                .single();
        var otherTeamCase = jdbc.sql("select case_reference from register_case where snapshot_id = ? and team_id <> ?")
                .params(snapshot, practitionersTeam)
                .query(String.class)
                .single();
        long id = review(unique("Review about two cases"), LocalDate.now().minusDays(3));
        for (var reference : List.of(ownTeamCase, otherTeamCase)) {
            var linked = mvc.perform(post("/learning/reviews/" + id + "/cases")
                            .param("reference", reference)
                            .with(csrf())
                            .with(demo.as("qa.lead")))
                    .andReturn()
                    .getResponse();
            assertThat(linked.getRedirectedUrl()).isEqualTo("/learning/reviews/" + id + "#cases");
        }
        assertThat(send(post("/learning/reviews/" + id + "/cases").param("reference", "NO-SUCH-CASE"), "qa.lead"))
                .contains("There is no case NO-SUCH-CASE in the register");

        assertThat(page("/learning/reviews/" + id, "qa.lead"))
                .contains("Case " + ownTeamCase)
                .contains("Case " + otherTeamCase);
        long logged = count(
                "select count(*) from access_log where username = 'practitioner' and action = 'VIEWED'"
                        + " and record_type = 'Register case' and record_id = ?",
                ownTeamCase);
        var practitioners = page("/learning/reviews/" + id, "practitioner");
        assertThat(practitioners).contains("Case " + ownTeamCase).doesNotContain(otherTeamCase);
        assertThat(count(
                        "select count(*) from access_log where username = 'practitioner' and action = 'VIEWED'"
                                + " and record_type = 'Register case' and record_id = ?",
                        ownTeamCase))
                .isEqualTo(logged + 1);
        assertThat(count(
                        "select count(*) from access_log where username = 'practitioner'"
                                + " and record_type = 'Register case' and record_id = ?",
                        otherTeamCase))
                .isZero();
        assertThat(page("/learning/reviews/" + id, "visitor")).doesNotContain(ownTeamCase);
    }

    @Test
    void theEvidenceOfChangeComparesTheYearBeforePublicationWithTheYearSinceAndSaysNoMoreThanTheIntervalsAllow()
            throws Exception {
        long programme = AuditFixture.programme(programmes, jdbc, mvc, demo, 24);
        var audits = jdbc.sql("select id from audit where programme_id = ? order by id")
                .params(programme)
                .query(Long.class)
                .list();
        var graded = jdbc.sql("""
                        select q.id from audit_question q join audit_programme p on p.template_version_id = q.template_version_id
                        where p.id = ? and q.answer_type = 'GRADE' order by q.id
                        """).params(programme).query(Long.class).list();
        long improving = graded.getFirst();
        long steady = graded.getLast();
        // A year before: 2 of 12 good on the improving question; a year after: 12 of 12. The steady one: 6 of 12 both.
        for (int i = 0; i < 24; i++) {
            boolean after = i >= 12;
            var answers = new LinkedHashMap<Long, String>();
            graded.forEach(q -> answers.put(q, Grade.GOOD.name()));
            answers.put(improving, (after || i < 2 ? Grade.GOOD : Grade.INADEQUATE).name());
            answers.put(steady, (i % 2 == 0 ? Grade.GOOD : Grade.REQUIRES_IMPROVEMENT).name());
            past.record(
                    new PastAudits.Completed(
                            audits.get(i),
                            answers,
                            Grade.GOOD,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            after ? LocalDateTime.of(2004, 9, 1, 10, 0) : LocalDateTime.of(2003, 9, 1, 10, 0)),
                    "test");
        }
        long id = review(unique("Review published in March 2004"), LocalDate.of(2004, 3, 15));
        records.addFinding(id, "Risk was not assessed", Set.of(), Set.of(), Set.of(improving));
        records.addFinding(id, "Plans were vague", Set.of(), Set.of(), Set.of(steady));
        records.addFinding(id, "Nothing measurable", Set.of("Escalation"), Set.of(), Set.of());

        var page = page("/learning/reviews/" + id, "leader");
        assertThat(page)
                .contains("Cases good or better: March 2003 to February 2004 (before), and April 2004 to March 2005")
                .contains("Has practice changed? Improved")
                .contains("17% (95% interval")
                .contains("100% (95% interval")
                .contains("12 audits")
                .contains("Has practice changed? No clear change yet: the intervals overlap")
                .contains("Not linked to a practice standard or audit question: nothing to measure");
        assertThat(page("/learning/reviews/" + review(unique("Unpublished review"), null), "leader"))
                .doesNotContain("Has practice changed? Improved");
    }

    @Test
    void leadersRecordReadingTheSynopsisWhichNamesOverdueActionsAndPracticeStaffCannotOpenIt() throws Exception {
        long id = review(unique("Newest review"), LocalDate.now());
        records.addFinding(id, "The newest lesson", Set.of("Neglect"), Set.of(), Set.of());
        var recommendation = records.addRecommendations(
                        id, null, List.of(new LearningRecords.RecommendationPlan("1", "Do it now")), "test")
                .getFirst();
        long owner = jdbc.sql("select id from user_account where username = 'manager'")
                .query(Long.class)
                .single();
        actions.raise(
                new Actions.NewAction(
                        LearningRecords.SOURCE,
                        recommendation,
                        "Newest review, recommendation 1",
                        "/learning/reviews/" + id,
                        "An action already overdue",
                        null,
                        owner,
                        LocalDate.now().minusDays(2)),
                "test");

        var synopsis = page("/learning/synopsis?reviews=1", "leader");
        assertThat(synopsis)
                .contains("The last review published")
                .contains("The newest lesson")
                .contains("Recommendations: 1 (0 done, 0 without an action yet). Actions in the tracker: 1.")
                .contains("1 overdue:")
                .contains("An action already overdue")
                .contains("I have read this synopsis");
        assertThat(page("/learning/synopsis?reviews=lots", "leader")).contains("The last 6 reviews published");

        var read = mvc.perform(post("/learning/synopsis/read")
                        .param("reviews", "1")
                        .with(csrf())
                        .with(demo.as("leader")))
                .andReturn()
                .getResponse();
        assertThat(read.getRedirectedUrl()).isEqualTo("/learning/synopsis?reviews=1");
        var leaderName = accounts.nameOf("leader");
        assertThat(page("/learning/synopsis", "qa.lead"))
                .containsPattern(java.util.regex.Pattern.quote(leaderName) + "</td>\\s*<td[^>]*>"
                        + java.util.regex.Pattern.quote(
                                LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))));

        var pdf = mvc.perform(get("/learning/synopsis.pdf?reviews=1").with(demo.as("leader")))
                .andReturn()
                .getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getContentAsByteArray()).startsWith("%PDF".getBytes());
        org.praxis.documents.AccessiblePdf.assertAccessible(pdf.getContentAsByteArray());

        for (var user : List.of("manager", "practitioner", "visitor")) {
            assertThat(mvc.perform(get("/learning/synopsis").with(demo.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    void theProgressOfARecommendationRollsUpFromItsActions() {
        assertThat(Reviews.Progress.of(List.of())).isEqualTo(Reviews.Progress.NO_ACTION);
        var today = LocalDate.now();
        var verified = row(org.praxis.actions.ActionStatus.VERIFIED, today.minusDays(1), false);
        var open = row(org.praxis.actions.ActionStatus.OPEN, today.plusDays(1), false);
        var late = row(org.praxis.actions.ActionStatus.IN_PROGRESS, today.minusDays(1), true);
        assertThat(Reviews.Progress.of(List.of(verified))).isEqualTo(Reviews.Progress.DONE);
        assertThat(Reviews.Progress.of(List.of(verified, open))).isEqualTo(Reviews.Progress.IN_PROGRESS);
        assertThat(Reviews.Progress.of(List.of(verified, open, late))).isEqualTo(Reviews.Progress.OVERDUE);
    }

    private static Actions.ActionRow row(org.praxis.actions.ActionStatus status, LocalDate due, boolean overdue) {
        return new Actions.ActionRow(1, "An action", "A review", "Someone", due, status, overdue, 1);
    }
}
