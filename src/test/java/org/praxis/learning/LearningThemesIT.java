package org.praxis.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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
 * The council's list of learning themes as the QA lead keeps it: a theme added is offered when recording a finding; a
 * retired one is no longer offered but stays on the findings filed under it, even when they are changed; a blank or
 * duplicate theme is refused on its field with nothing written; only QA leads change the list. Every theme and review
 * here is the test's own (names made unique).
 */
@PraxisIntegrationTest
class LearningThemesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LearningRecords records;

    @Autowired
    LearningThemes themes;

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
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

    private String refused(MockHttpServletRequestBuilder request, String user) throws Exception {
        var response = send(request, user);
        assertThat(response.getStatus()).as("the form is shown again").isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private long themeCalled(String name) {
        return themes.all().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long review(String title) {
        return records.addReview(
                new LearningRecords.ReviewPlan(
                        title,
                        "LOCAL_CSPR",
                        "CHILDREN",
                        "Test Safeguarding Partnership",
                        LocalDate.now().minusMonths(6),
                        LocalDate.now().minusDays(3),
                        "PUBLISHED",
                        null,
                        null),
                "test");
    }

    /** The finding form's checkbox for a theme: its label and whether it is ticked. */
    private static Pattern checkbox(long themeId, String label, boolean ticked) {
        return Pattern.compile("name=\"themes\"\\s+value=\"" + themeId + "\""
                + (ticked ? "\\s+checked=\"checked\"" : "") + ">\\s*<label[^>]*>" + Pattern.quote(label) + "</label>");
    }

    @Test
    void aThemeTheQaLeadAddsIsOfferedForFindingsAndOnceRetiredIsNotOfferedButStaysOnTheFindingsFiledUnderIt()
            throws Exception {
        var name = unique("Exploitation");
        var added = sent(post("/learning/themes").param("name", "  " + name + " "), "qa.lead");
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/learning/themes");
        assertThat(added.getFlashMap().get("saved")).isEqualTo("Theme added: " + name);
        long theme = themeCalled(name);
        assertThat(page("/learning/themes", "practitioner"))
                .as("everyone who reads learning sees the list, but only the QA lead may change it")
                .contains(name)
                .doesNotContain("Add the theme")
                .doesNotContain("/retire\"");

        var title = unique("Child Safeguarding Practice Review: Child E");
        long id = review(title);
        assertThat(page("/learning/reviews/" + id + "/findings/new", "qa.lead"))
                .containsPattern(checkbox(theme, name, false));
        var filed = send(
                post("/learning/reviews/" + id + "/findings/new")
                        .param("lesson", "Exploitation outside the home was not recognised")
                        .param("themes", String.valueOf(theme)),
                "qa.lead");
        assertThat(filed.getRedirectedUrl()).isEqualTo("/learning/reviews/" + id + "#findings");
        assertThat(page("/learning/reviews/" + id, "practitioner"))
                .contains("Themes:")
                .contains(name);
        var open = page("/learning/themes", "qa.lead");
        assertThat(open.substring(open.indexOf("Open learning"), open.indexOf("The list")))
                .as("a finding from a review not yet closed is open learning")
                .containsPattern(Pattern.quote(name) + "</th>\\s*<td[^>]*>1</td>\\s*<td[^>]*>" + Pattern.quote(title));

        var retired = sent(post("/learning/themes/" + theme + "/retire"), "qa.lead");
        assertThat(retired.getResponse().getRedirectedUrl()).isEqualTo("/learning/themes");
        assertThat(retired.getFlashMap().get("saved")).isEqualTo("Theme retired: findings filed under it keep it");
        assertThat(page("/learning/themes", "qa.lead"))
                .containsPattern(Pattern.quote(name) + "</span>\\s*<strong[^>]*>Retired</strong>")
                .as("a retired theme cannot be retired again")
                .doesNotContain("/learning/themes/" + theme + "/retire");

        // Not offered for a new finding, and refused if sent anyway, with nothing written.
        assertThat(page("/learning/reviews/" + id + "/findings/new", "qa.lead")).doesNotContain(name);
        var findings = count("select count(*) from learning_finding where review_id = ?", id);
        assertThat(refused(
                        post("/learning/reviews/" + id + "/findings/new")
                                .param("lesson", "Another lesson")
                                .param("themes", String.valueOf(theme)),
                        "qa.lead"))
                .contains("There is a problem")
                .contains("Choose themes from the list")
                .contains("href=\"#themes\"");
        assertThat(count("select count(*) from learning_finding where review_id = ?", id))
                .isEqualTo(findings);

        // The finding filed under it keeps it, on the review and when the finding is changed.
        assertThat(page("/learning/reviews/" + id, "leader")).contains(name);
        long finding = jdbc.sql("select id from learning_finding where review_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(page("/learning/findings/" + finding + "/edit", "qa.lead"))
                .as("the finding's retired theme is shown ticked, so that saving the form keeps it")
                .containsPattern(checkbox(theme, name + " (retired)", true));
        var changed = send(
                post("/learning/findings/" + finding + "/edit")
                        .param("lesson", "Exploitation outside the home was not recognised by any agency")
                        .param("themes", String.valueOf(theme)),
                "qa.lead");
        assertThat(changed.getRedirectedUrl()).isEqualTo("/learning/reviews/" + id + "#finding-" + finding);
        assertThat(page("/learning/reviews/" + id, "leader"))
                .contains("Exploitation outside the home was not recognised by any agency")
                .contains(name);
    }

    @Test
    void aBlankOrDuplicateThemeIsRefusedOnItsFieldWithNothingWrittenAndOnlyQaLeadsChangeTheList() throws Exception {
        var name = unique("Neglect of teenagers");
        assertThat(send(post("/learning/themes").param("name", name), "qa.lead").getRedirectedUrl())
                .isEqualTo("/learning/themes");
        long before = count("select count(*) from learning_theme");

        assertThat(refused(post("/learning/themes").param("name", "   "), "qa.lead"))
                .contains("There is a problem")
                .contains("Enter the theme")
                .contains("href=\"#name\"");
        var duplicate = refused(post("/learning/themes").param("name", "  " + name.toUpperCase() + "  "), "qa.lead");
        assertThat(duplicate)
                .contains("There is already a theme called " + name.toUpperCase())
                .contains("href=\"#name\"");
        assertThat(refused(post("/learning/themes").param("name", "x".repeat(101)), "qa.lead"))
                .contains("The theme must be 100 characters or fewer (it has 101)")
                .contains("href=\"#name\"");
        for (var user : new String[] {"practitioner", "manager", "leader"}) {
            assertThat(send(post("/learning/themes").param("name", unique("Not allowed")), user)
                            .getStatus())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(count("select count(*) from learning_theme")).isEqualTo(before);

        long theme = themeCalled(name);
        assertThat(send(post("/learning/themes/" + theme + "/retire"), "manager")
                        .getStatus())
                .isEqualTo(403);
        assertThat(themes.all())
                .filteredOn(t -> t.id() == theme)
                .singleElement()
                .satisfies(t -> assertThat(t.retired()).isFalse());
    }

    @Test
    void aCourseAimedAtAThemeRetiredSinceKeepsItWhenChangedAndAnUnknownThemeIsNotFound() throws Exception {
        var name = unique("Contextual safeguarding");
        assertThat(send(post("/learning/themes").param("name", name), "qa.lead").getRedirectedUrl())
                .isEqualTo("/learning/themes");
        long theme = themeCalled(name);
        var title = unique("Safety outside the home");
        var created = send(
                post("/training/courses/new").param("title", title).param("themeIds", String.valueOf(theme)),
                "lindsey.okafor");
        assertThat(created.getRedirectedUrl()).startsWith("/training/courses/");
        var course = created.getRedirectedUrl();
        assertThat(send(post("/learning/themes/" + theme + "/retire"), "qa.lead")
                        .getRedirectedUrl())
                .isEqualTo("/learning/themes");

        var form = page(course + "/edit", "lindsey.okafor");
        assertThat(form)
                .containsPattern(Pattern.compile(
                        "name=\"themeIds\"\\s+value=\"" + theme + "\"\\s+checked=\"checked\">\\s*<label[^>]*>"
                                + Pattern.quote(name + " (retired)") + "</label>"));
        var lockVersion = Pattern.compile("name=\"lockVersion\" value=\"(\\d+)\"")
                .matcher(form)
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        var changed = send(
                post(course + "/edit")
                        .param("title", title)
                        .param("description", "Changed after the theme was retired")
                        .param("themeIds", String.valueOf(theme))
                        .param("lockVersion", lockVersion),
                "lindsey.okafor");
        assertThat(changed.getRedirectedUrl()).isEqualTo(course);
        assertThat(page(course, "lindsey.okafor")).contains(name).contains("Changed after the theme was retired");

        assertThat(send(post("/learning/themes/999999999/retire"), "qa.lead").getStatus())
                .as("retiring a theme that does not exist")
                .isEqualTo(404);
    }
}
