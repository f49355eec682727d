package org.praxis.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.praxis.learning.LearningRecords;
import org.praxis.learning.LearningThemes;
import org.praxis.standards.StandardsManual;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Open learning themes proposed as training needs (issue 15, §3): a theme with a finding from a review not yet closed
 * is proposed with its evidence (how many findings, from which reviews, on which standards); the L&D lead accepts it
 * (with a course) or dismisses it (with a reason); new evidence proposes it again; once its reviews are closed it is
 * no longer proposed. The theme, reviews and course are the test's own (names made unique).
 */
@PraxisIntegrationTest
class ThemeTrainingNeedsIT {

    static final String LEAD = "lindsey.okafor";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TrainingNeeds needs;

    @Autowired
    Courses courses;

    @Autowired
    LearningRecords records;

    @Autowired
    LearningThemes themes;

    @Autowired
    StandardsManual standards;

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private String page(String path, String user) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(demo.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String user) throws Exception {
        return sent(request, user).getResponse();
    }

    private MvcResult sent(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(csrf()).with(demo.as(user))).andReturn();
    }

    private long review(String title) {
        return records.addReview(
                new LearningRecords.ReviewPlan(
                        title,
                        "SAR",
                        "ADULTS",
                        "Test Safeguarding Adults Board",
                        LocalDate.now().minusMonths(6),
                        LocalDate.now().minusDays(10),
                        "PUBLISHED",
                        null,
                        null),
                "test");
    }

    private TrainingNeeds.Need proposedNeed(String key) {
        return needs.proposed().stream()
                .filter(n -> n.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the need " + key + " is not proposed"));
    }

    private boolean isProposed(String key) {
        return needs.proposed().stream().anyMatch(n -> n.key().equals(key));
    }

    /** Closes a review as the QA lead does, from its form. */
    private void close(long id, String title) throws Exception {
        int lock = jdbc.sql("select lock_version from learning_review where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        var commissioned = LocalDate.now().minusMonths(6);
        var published = LocalDate.now().minusDays(10);
        var closed = send(
                post("/learning/reviews/" + id + "/edit")
                        .param("title", title)
                        .param("kind", "SAR")
                        .param("service", "ADULTS")
                        .param("author", "Test Safeguarding Adults Board")
                        .param("status", "CLOSED")
                        .param("link", "")
                        .param("summary", "")
                        .param("commissionedOn.day", String.valueOf(commissioned.getDayOfMonth()))
                        .param("commissionedOn.month", String.valueOf(commissioned.getMonthValue()))
                        .param("commissionedOn.year", String.valueOf(commissioned.getYear()))
                        .param("publishedOn.day", String.valueOf(published.getDayOfMonth()))
                        .param("publishedOn.month", String.valueOf(published.getMonthValue()))
                        .param("publishedOn.year", String.valueOf(published.getYear()))
                        .param("lockVersion", String.valueOf(lock)),
                "qa.lead");
        assertThat(closed.getRedirectedUrl()).isEqualTo("/learning/reviews/" + id);
    }

    @Test
    void anOpenThemeIsProposedWithItsEvidenceAcceptedWithACourseProposedAgainOnNewEvidenceAndDismissed()
            throws Exception {
        var theme = unique("Hoarding");
        assertThat(send(post("/learning/themes").param("name", theme), "qa.lead")
                        .getRedirectedUrl())
                .isEqualTo("/learning/themes");
        long themeId = themes.all().stream()
                .filter(t -> t.name().equals(theme))
                .findFirst()
                .orElseThrow()
                .id();
        var key = "T:" + themeId;
        assertThat(isProposed(key))
                .as("a theme with no finding is not open learning")
                .isFalse();

        var standard = standards.current(null, null).getFirst();
        var first = unique("Safeguarding Adults Review: Mrs H");
        long firstReview = review(first);
        records.addFinding(
                firstReview, "Hoarding was seen as a lifestyle choice", Set.of(theme), Set.of(standard.id()), Set.of());

        var need = proposedNeed(key);
        assertThat(need.kind()).isEqualTo(TrainingNeeds.Kind.THEME);
        assertThat(need.title()).isEqualTo("Open learning: " + theme);
        assertThat(need.evidenceSentence()).isEqualTo("1 finding from " + first + ", on " + standard.code());
        assertThat(page("/training/needs/decide?need=" + key, LEAD))
                .contains("Open learning: " + theme)
                .contains("1 finding from " + first + ", on " + standard.code())
                .contains("Accept: training is needed");
        assertThat(send(get("/training/needs/decide").param("need", key), "qa.lead")
                        .getStatus())
                .as("only the L&D lead decides")
                .isEqualTo(403);

        var course = unique("Hoarding and self-neglect");
        long courseId = courses.create(
                new Courses.Details(course, "For a test", Set.of(), Set.of(themeId), Set.of(), Set.of()), LEAD);
        var accepted = sent(
                post("/training/needs/decide")
                        .param("need", key)
                        .param("decision", "ACCEPTED")
                        .param("courseId", String.valueOf(courseId))
                        .param("reason", ""),
                LEAD);
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/training/needs");
        assertThat(accepted.getFlashMap().get("saved")).isEqualTo("Need accepted");
        assertThat(isProposed(key)).as("decided on these figures").isFalse();
        var decided = page("/training/needs/decided", LEAD);
        assertThat(decided)
                .contains("Open learning: " + theme + ": 1 finding from " + first)
                .contains(course);
        var row = decided.substring(decided.indexOf("Open learning: " + theme));
        assertThat(row.substring(0, row.indexOf("</tr>")))
                .as("the decision's row")
                .contains("Accepted")
                .contains(course)
                .as("who decided, by name")
                .contains("Lindsey Okafor")
                .doesNotContain(LEAD);
        // Deciding again on the same figures is refused: the need is no longer proposed.
        assertThat(send(
                                post("/training/needs/decide")
                                        .param("need", key)
                                        .param("decision", "DISMISSED")
                                        .param("reason", "Changed my mind"),
                                LEAD)
                        .getStatus())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from training_need_decision where need_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single())
                .isOne();

        // A second review files a finding under the theme: new evidence, so the need is proposed again.
        var second = unique("Safeguarding Adults Review: Mr J");
        long secondReview = review(second);
        records.addFinding(secondReview, "Nobody asked why Mr J kept things", Set.of(theme), Set.of(), Set.of());
        var again = proposedNeed(key);
        assertThat(again.evidenceSentence())
                .startsWith("2 findings from ")
                .contains(first)
                .contains(second);

        var refused = page("/training/needs/decide?need=" + key, LEAD);
        assertThat(refused).contains("2 findings from");
        var noReason = send(
                post("/training/needs/decide")
                        .param("need", key)
                        .param("decision", "DISMISSED")
                        .param("reason", " "),
                LEAD);
        assertThat(HtmlUtils.htmlUnescape(noReason.getContentAsString()))
                .contains("There is a problem")
                .contains("Enter why the need is dismissed");
        assertThat(isProposed(key)).isTrue();
        var reason = unique("The adults' teams had hoarding training last month");
        var dismissed = sent(
                post("/training/needs/decide")
                        .param("need", key)
                        .param("decision", "DISMISSED")
                        .param("reason", reason),
                LEAD);
        assertThat(dismissed.getFlashMap().get("saved")).isEqualTo("Need dismissed");
        assertThat(isProposed(key)).isFalse();
        assertThat(page("/training/needs/decided", LEAD))
                .contains("Open learning: " + theme + ": 2 findings from")
                .contains(reason);

        // A third finding would propose it again; but once its reviews are closed the theme is no longer open.
        records.addFinding(secondReview, "Housing did not share the fire risk", Set.of(theme), Set.of(), Set.of());
        assertThat(isProposed(key)).isTrue();
        close(firstReview, first);
        close(secondReview, second);
        assertThat(isProposed(key)).as("the theme's reviews are all closed").isFalse();
        assertThat(page("/learning/themes", "qa.lead")).doesNotContain(theme + "</th>");
    }
}
