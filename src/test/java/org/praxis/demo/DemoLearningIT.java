package org.praxis.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.praxis.actions.ActionStatus;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.praxis.training.Attendance;
import org.praxis.training.Courses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The demo council's learning is what issue 15 promised a first-time user would find: the last six reviews, children's
 * and adults', with 5 to 12 recommendations each and actions in every state; two showing practice improved since and
 * one with no clear change yet; a peer review; and two courses aimed from the evidence, with attendance. Read as loaded,
 * through the pages a leader and the L&D lead see.
 */
@PraxisIntegrationTest
class DemoLearningIT {

    /** The demo's six published reviews, newest first, and the service each is from. */
    static final Map<String, String> LAST_SIX = new LinkedHashMap<>();

    static {
        LAST_SIX.put("Peer review: \u201cMy Time\u201d with Southvale Council", "Children's social care");
        LAST_SIX.put("LeDeR review: Mr T", "Adult social care");
        LAST_SIX.put("Domestic Homicide Review: Ms P", "Children's and adult social care");
        LAST_SIX.put("Rapid review: Baby L", "Children's social care");
        LAST_SIX.put("Safeguarding Adults Review: Mr M", "Adult social care");
        LAST_SIX.put("Child Safeguarding Practice Review: Child K", "Children's social care");
    }

    @Autowired
    org.praxis.audit.StandardResults standardResults;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Courses courses;

    @Autowired
    Attendance attendance;

    private String page(String path, String user) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(demo.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private long reviewCalled(String title) {
        return jdbc.sql("select id from learning_review where title = ? and created_by = 'demo'")
                .param(title)
                .query(Long.class)
                .single();
    }

    private String reviewPage(String title) throws Exception {
        return page("/learning/reviews/" + reviewCalled(title), "leader");
    }

    @Test
    void theLastSixReviewsAreChildrensAndAdultsWithFiveToTwelveRecommendationsEachAndActionsInEveryState()
            throws Exception {
        var published = jdbc.sql("select title from learning_review where created_by = 'demo' and status = 'PUBLISHED'"
                        + " order by published_on desc, id desc")
                .query(String.class)
                .list();
        assertThat(published).containsExactlyElementsOf(LAST_SIX.keySet());

        var statuses = new ArrayList<String>();
        for (var title : LAST_SIX.keySet()) {
            var review = reviewPage(title);
            assertThat(review)
                    .as(title)
                    .contains("<h1 class=\"govuk-heading-xl\">" + title + "</h1>")
                    .containsPattern("Service</dt>\\s*<dd[^>]*>" + Pattern.quote(LAST_SIX.get(title)) + "</dd>");
            var recommendations = Pattern.compile(">Recommendation \\d+</span>")
                    .matcher(review)
                    .results()
                    .count();
            assertThat(recommendations).as("the recommendations of %s", title).isBetween(5L, 12L);
            var tags = Pattern.compile("<strong class=\"govuk-tag[^\"]*\">([^<]+)</strong></li>")
                    .matcher(review)
                    .results()
                    .map(m -> m.group(1).strip())
                    .toList();
            assertThat(tags).as("the actions of %s", title).isNotEmpty();
            statuses.addAll(tags);
        }
        var everyState = new ArrayList<String>();
        EnumSet.allOf(ActionStatus.class).forEach(s -> everyState.add(s.label()));
        everyState.add("Overdue");
        assertThat(statuses)
                .as("actions open, under way, done, returned, verified, cancelled and overdue across the reviews")
                .containsAll(everyState);
        assertThat(LAST_SIX.values())
                .as("children's and adults' reviews, each shown with its service above")
                .contains("Children's social care", "Adult social care");

        var peer = reviewPage("Peer review: \u201cMy Time\u201d with Southvale Council");
        assertThat(peer).contains("<span class=\"govuk-caption-l\">Peer review</span>");
    }

    /**
     * What the demo's own audits show. Other tests submit audits this month, in a random order, so the counts are made
     * again from the demo's programmes in this test's transaction, which is rolled back.
     */
    @Test
    @org.springframework.transaction.annotation.Transactional
    void twoReviewsShowPracticeImprovedSinceAndOneNoClearChangeYet() throws Exception {
        org.praxis.audit.AuditFixture.countedFromProgrammesBy("demo", jdbc, standardResults);
        var improved = new ArrayList<String>();
        var unclear = new ArrayList<String>();
        for (var title : LAST_SIX.keySet()) {
            var review = reviewPage(title);
            if (review.contains("Has practice changed? Improved")) {
                improved.add(title);
            }
            if (review.contains("Has practice changed? No clear change yet")) {
                unclear.add(title);
            }
        }
        assertThat(improved)
                .as("reviews whose evidence shows practice improved since")
                .contains("Child Safeguarding Practice Review: Child K", "Safeguarding Adults Review: Mr M")
                .doesNotContain("Rapid review: Baby L");
        assertThat(unclear).contains("Rapid review: Baby L");
        assertThat(reviewPage("Rapid review: Baby L"))
                .doesNotContain("Has practice changed? Improved")
                .contains("No clear change yet: the intervals overlap");
    }

    @Test
    void twoCoursesAreAimedFromTheEvidenceOneAtAnOpenLearningThemeAndBothHaveBeenAttended() throws Exception {
        var demoCourses = jdbc.sql("select id from training_course where created_by = 'lindsey.okafor' order by id"
                        + " fetch first 2 rows only")
                .query(Long.class)
                .list();
        assertThat(demoCourses).hasSize(2);
        var risk = courses.course(demoCourses.get(0)).orElseThrow();
        var theme = courses.course(demoCourses.get(1)).orElseThrow();
        assertThat(risk.title()).isEqualTo("Analysing risk in assessments");
        assertThat(risk.standardIds()).hasSize(1);
        assertThat(risk.teamIds()).hasSize(1);
        assertThat(theme.themeIds()).hasSize(1);

        var openLearning = page("/learning/themes", "qa.lead");
        openLearning = openLearning.substring(openLearning.indexOf("Open learning"), openLearning.indexOf("The list"));
        var themeName = theme.title().replaceFirst(" in practice$", "");
        assertThat(theme.title()).endsWith(" in practice");
        assertThat(openLearning)
                .as("the second course is aimed at a theme the reviews left open")
                .contains(themeName + "</th>");
        assertThat(page("/training/courses/" + theme.id(), "lindsey.okafor"))
                .contains("Learning themes")
                .contains(themeName);

        for (var course : List.of(risk, theme)) {
            int attended = attendance.coverage(course.id(), null).stream()
                    .mapToInt(Attendance.TeamCoverage::attended)
                    .sum();
            assertThat(attended).as("attendance at %s", course.title()).isPositive();
            assertThat(page("/training/courses/" + course.id(), "lindsey.okafor"))
                    .contains(course.title())
                    .contains("Coverage by team")
                    .doesNotContain("No sessions yet");
        }
    }
}
