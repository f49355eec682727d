package org.praxis.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.praxis.web.Refused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Staff surveys from the screens: set up and sent by the QA lead, refused for too small an audience, answered once
 * (signed in or through a single-use link), refused after closing, nothing written from an incomplete form, free
 * text shown only once published, national figures checked by field, and question bank versions that never change
 * once published.
 */
@PraxisIntegrationTest
class SurveysIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Surveys surveys;

    @Autowired
    QuestionBanks banks;

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(demo.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private org.springframework.mock.web.MockHttpServletResponse send(
            MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(csrf()).with(demo.as(user))).andReturn().getResponse();
    }

    private long version(String kind) {
        return jdbc.sql("select v.id from survey_bank_version v join survey_question_bank b on b.id = v.bank_id"
                        + " where b.kind = ? and v.version_number = 1")
                .param(kind)
                .query(Long.class)
                .single();
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A survey of the healthy workplace questions, open today, for everyone: set up from the form. */
    private long setUp(String title, String... teamIds) throws Exception {
        var today = LocalDate.now();
        var request = post("/surveys/new")
                .param("title", title)
                .param("versionId", String.valueOf(version("HEALTHY_WORKPLACE")))
                .param("opensOn.day", String.valueOf(today.getDayOfMonth()))
                .param("opensOn.month", String.valueOf(today.getMonthValue()))
                .param("opensOn.year", String.valueOf(today.getYear()))
                .param("closesOn.day", String.valueOf(today.plusDays(7).getDayOfMonth()))
                .param("closesOn.month", String.valueOf(today.plusDays(7).getMonthValue()))
                .param("closesOn.year", String.valueOf(today.plusDays(7).getYear()))
                .param("groups", "TEAM", "EMPLOYMENT");
        for (var team : teamIds) {
            request.param("teamIds", team);
        }
        var created = send(request, "qa.lead");
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        return Long.parseLong(created.getRedirectedUrl().replaceAll("\\D", ""));
    }

    private List<Question> questions(long surveyId) {
        return banks.questions(surveys.survey(surveyId).orElseThrow().versionId());
    }

    /** Every closed question answered with its n-th option (or the last), free text as given. */
    private MockHttpServletRequestBuilder answers(
            MockHttpServletRequestBuilder request, long surveyId, int option, String text) {
        for (var q : questions(surveyId)) {
            if (q.kind().closed()) {
                request.param(
                        "q" + q.id(),
                        String.valueOf(Math.min(option, q.options().size() - 1)));
            } else if (text != null) {
                request.param("q" + q.id(), text);
            }
        }
        return request;
    }

    private int responses(long surveyId) {
        return jdbc.sql("select count(*) from survey_response where survey_id = ?")
                .param(surveyId)
                .query(Integer.class)
                .single();
    }

    @Test
    void aSurveyForTooFewPeopleIsRefusedWithTheReasonAndNobodyIsAsked() throws Exception {
        // One team of the demo council has fewer than 10 active staff.
        long small = jdbc.sql("select team_id from staff_directory where active = true group by team_id"
                        + " having count(*) < 10 order by count(*) fetch first 1 rows only")
                .query(Long.class)
                .single();
        long id = setUp(unique("Small team survey"), String.valueOf(small));
        int lock = surveys.survey(id).orElseThrow().lockVersion();
        var refused = mvc.perform(post("/surveys/" + id + "/send")
                        .param("lockVersion", String.valueOf(lock))
                        .with(csrf())
                        .with(demo.as("qa.lead")))
                .andReturn();
        // Shown in the error summary of the survey's page, where the QA lead pressed Send.
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/surveys/" + id);
        assertThat(refused.getFlashMap().get("problems").toString())
                .contains("This survey would go to")
                .contains("a survey must go to at least 10");
        assertThat(jdbc.sql("select count(*) from survey_invitation where survey_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(surveys.survey(id).orElseThrow().sentAt()).isNull();
        // Nobody was asked, so nobody may answer.
        assertThat(send(get("/surveys/" + id + "/answer"), "practitioner").getStatus())
                .isEqualTo(403);
    }

    @Test
    void aSurveyWithoutDatesIsRefusedFieldByFieldAndAnUnsentOneCanBeDeleted() throws Exception {
        var refused = send(
                post("/surveys/new")
                        .param("title", unique("No dates"))
                        .param("versionId", String.valueOf(version("HEALTHY_WORKPLACE"))),
                "qa.lead");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Enter the open date").contains("Enter the close date");
        long id = setUp(unique("To delete"));
        int lock = surveys.survey(id).orElseThrow().lockVersion();
        assertThat(send(post("/surveys/" + id + "/delete").param("lockVersion", String.valueOf(lock)), "qa.lead")
                        .getRedirectedUrl())
                .isEqualTo("/surveys");
        assertThat(surveys.survey(id)).isEmpty();
    }

    @Test
    void aPractitionerAnswersOnceAndWhatTheyAnsweredCannotBeJoinedToThem() throws Exception {
        long id = setUp(unique("Healthy workplace"));
        int lock = surveys.survey(id).orElseThrow().lockVersion();
        assertThat(send(post("/surveys/" + id + "/send").param("lockVersion", String.valueOf(lock)), "qa.lead")
                        .getContentAsString())
                .contains("Survey sent");
        assertThat(page("/surveys/mine", "practitioner"))
                .contains(surveys.survey(id).orElseThrow().title());

        // An incomplete form names the question and writes nothing.
        var incomplete = send(post("/surveys/" + id + "/answer"), "practitioner");
        assertThat(incomplete.getContentAsString()).contains("Answer question 1");
        assertThat(responses(id)).isZero();

        var answered = send(answers(post("/surveys/" + id + "/answer"), id, 4, "More quiet rooms"), "practitioner");
        assertThat(answered.getStatus()).isEqualTo(302);
        assertThat(responses(id)).isEqualTo(1);
        var response = jdbc.sql("select * from survey_response where survey_id = ?")
                .param(id)
                .query()
                .singleRow();
        // Only the declared groups: no person, no time, no role or service.
        assertThat(response.keySet().stream().map(String::toLowerCase))
                .doesNotContain("staff_id", "created_at", "answered_at");
        assertThat(response.get("team_id")).isNotNull();
        assertThat(response.get("job_role")).isNull();
        assertThat(response.get("service_area_id")).isNull();
        assertThat(jdbc.sql("select count(*) from survey_comment where survey_id = ? and status = 'WAITING'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // A second answer (another tab) is refused; the first counts once.
        var again = send(answers(post("/surveys/" + id + "/answer"), id, 0, null), "practitioner");
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).contains("You have answered this survey already");
        assertThat(responses(id)).isEqualTo(1);
        // A councillor visiting for Practice Week is not staff.
        assertThat(send(get("/surveys/" + id + "/answer"), "visitor").getStatus())
                .isEqualTo(403);
    }

    @Test
    void aSingleUseLinkAnswersOnceWithoutSigningIn() throws Exception {
        long id = setUp(unique("Engagement by link"));
        var sent = surveys.send(id, surveys.survey(id).orElseThrow().lockVersion(), "qa.lead");
        // Tests have no mail relay: the links of people without an account come back to be handed out.
        assertThat(sent.linksToHandOut()).isNotEmpty();
        var link = sent.linksToHandOut().getFirst().link();
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getContentAsString())
                .contains("Your answers are anonymous");
        var done = mvc.perform(answers(post(link).with(csrf()), id, 3, null))
                .andReturn()
                .getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/surveys/link/thanks");
        assertThat(responses(id)).isEqualTo(1);
        var reused = mvc.perform(answers(post(link).with(csrf()), id, 3, null))
                .andReturn()
                .getResponse();
        assertThat(reused.getStatus()).isEqualTo(404);
        assertThat(reused.getContentAsString()).contains("has been used already");
        assertThat(responses(id)).isEqualTo(1);
    }

    @Test
    void answersAfterTheCloseDateAreRefused() throws Exception {
        long id = setUp(unique("Closed survey"));
        surveys.send(id, surveys.survey(id).orElseThrow().lockVersion(), "qa.lead");
        jdbc.sql("update survey set opens_on = ?, closes_on = ? where id = ?")
                .params(LocalDate.now().minusDays(10), LocalDate.now().minusDays(1), id)
                .update();
        var refused = send(answers(post("/surveys/" + id + "/answer"), id, 4, null), "practitioner");
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString())
                .contains("This survey closed on")
                .contains("no longer taken");
        assertThat(responses(id)).isZero();
    }

    @Test
    void freeTextIsShownWithTheResultsOnlyOncePublished() throws Exception {
        long id = setUp(unique("Comments survey"));
        var sent = surveys.send(id, surveys.survey(id).orElseThrow().lockVersion(), "qa.lead");
        int answered = 0;
        for (var link : sent.linksToHandOut()) {
            mvc.perform(
                    answers(post(link.link()).with(csrf()), id, answered % 5, answered == 0 ? "Fix the lift" : null));
            if (++answered == 12) {
                break;
            }
        }
        assertThat(responses(id)).isEqualTo(12);
        // While the survey is open nobody reads what was written: it could be matched to whoever had just answered.
        assertThat(page("/surveys/" + id + "/comments", "qa.lead"))
                .contains("Free-text answers are shown here once the survey has closed")
                .doesNotContain("Fix the lift");
        var early = jdbc.sql("select id, lock_version from survey_comment where survey_id = ?")
                .param(id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        send(
                post("/surveys/" + id + "/comments/" + early[0])
                        .param("decision", "PUBLISHED")
                        .param("lockVersion", early[1]),
                "qa.lead");
        assertThat(jdbc.sql("select status from survey_comment where id = ?")
                        .param(early[0])
                        .query(String.class)
                        .single())
                .isEqualTo("WAITING");
        jdbc.sql("update survey set opens_on = ?, closes_on = ? where id = ?")
                .params(LocalDate.now().minusDays(10), LocalDate.now().minusDays(1), id)
                .update();
        assertThat(page("/surveys/" + id + "/results", "leader"))
                .contains("12</strong> of")
                .doesNotContain("Fix the lift");
        var comment = jdbc.sql("select id, lock_version from survey_comment where survey_id = ?")
                .param(id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        assertThat(send(
                                post("/surveys/" + id + "/comments/" + comment[0])
                                        .param("decision", "PUBLISHED")
                                        .param("lockVersion", comment[1]),
                                "qa.lead")
                        .getStatus())
                .isEqualTo(302);
        assertThat(page("/surveys/" + id + "/results", "leader")).contains("Fix the lift");
        // Only the QA lead reviews.
        assertThat(send(get("/surveys/" + id + "/comments"), "leader").getStatus())
                .isEqualTo(403);
    }

    @Test
    void nationalFiguresAreCheckedFieldByFieldAndShownBesideTheCouncils() throws Exception {
        long id = setUp(unique("National comparison"));
        var wrong = send(
                post("/surveys/" + id + "/national").param("n-HW01", "sixty").param("source", "x"), "qa.lead");
        assertThat(wrong.getContentAsString()).contains("Enter the national figure for HW01 as a percentage");
        var noSource = send(post("/surveys/" + id + "/national").param("n-HW01", "62"), "qa.lead");
        assertThat(noSource.getContentAsString()).contains("Enter where the national figures come from");
        var tooHigh =
                send(post("/surveys/" + id + "/national").param("n-HW01", "162").param("source", "x"), "qa.lead");
        assertThat(tooHigh.getContentAsString()).contains("a percentage from 0 to 100");
        assertThat(new NationalFiguresOf(jdbc).count(id)).isZero();
        var saved = send(
                post("/surveys/" + id + "/national").param("n-HW01", "62.5").param("source", "National health check"),
                "qa.lead");
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(new NationalFiguresOf(jdbc).count(id)).isEqualTo(1);
    }

    @Test
    void aPublishedVersionNeverChangesAndANewVersionKeepsTheQuestionCodes() throws Exception {
        long bank = jdbc.sql("select id from survey_question_bank where kind = 'ENGAGEMENT'")
                .query(Long.class)
                .single();
        long published = version("ENGAGEMENT");
        assertThatThrownBy(() -> banks.addQuestion(
                        published, new QuestionBanks.NewQuestion("New?", QuestionKind.AGREEMENT, List.of(), null)))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("is published and cannot change");
        var started = send(post("/surveys/question-banks/" + bank + "/versions"), "qa.lead");
        long draft = Long.parseLong(started.getRedirectedUrl().replaceAll(".*/", ""));
        try {
            var choiceWithOne = send(
                    post("/surveys/question-banks/" + bank + "/versions/" + draft + "/questions")
                            .param("text", "Where do you work most?")
                            .param("kind", "CHOICE")
                            .param("choices", "Office"),
                    "qa.lead");
            assertThat(choiceWithOne.getContentAsString()).contains("Enter at least two choices");
            var sameChoiceTwice = send(
                    post("/surveys/question-banks/" + bank + "/versions/" + draft + "/questions")
                            .param("text", "How do you travel?")
                            .param("kind", "CHOICE")
                            .param("choices", "Car\nCar"),
                    "qa.lead");
            assertThat(sameChoiceTwice.getContentAsString()).contains("Each choice must be different");
            var askedAlready = send(
                    post("/surveys/question-banks/" + bank + "/versions/" + draft + "/questions")
                            .param("text", "I am proud to work for the council.")
                            .param("kind", "AGREEMENT"),
                    "qa.lead");
            assertThat(askedAlready.getContentAsString()).contains("Question EE01 asks this already");
            send(
                    post("/surveys/question-banks/" + bank + "/versions/" + draft + "/questions")
                            .param("text", "I feel valued.")
                            .param("kind", "AGREEMENT")
                            .param("standard", "4"),
                    "qa.lead");
            var codes = banks.questions(draft).stream().map(Question::code).toList();
            assertThat(codes)
                    .containsAll(banks.questions(published).stream()
                            .map(Question::code)
                            .toList());
            assertThat(codes).hasSize(banks.questions(published).size() + 1);
            assertThat(send(post("/surveys/question-banks/" + bank + "/versions/" + draft + "/publish"), "qa.lead")
                            .getStatus())
                    .isEqualTo(302);
            assertThat(banks.version(draft).orElseThrow().published()).isTrue();
        } finally {
            // Other tests ask for version 1 only; this one leaves its version, published, like a council would.
            assertThat(banks.version(published).orElseThrow().published()).isTrue();
        }
        assertThat(send(get("/surveys/question-banks"), "manager").getStatus()).isEqualTo(403);
    }

    /** The national figures kept for a survey, counted. */
    record NationalFiguresOf(JdbcClient jdbc) {
        int count(long surveyId) {
            return jdbc.sql("select count(*) from survey_national_figure where survey_id = ?")
                    .param(surveyId)
                    .query(Integer.class)
                    .single();
        }
    }
}
