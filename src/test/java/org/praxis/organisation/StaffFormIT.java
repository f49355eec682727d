package org.praxis.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.praxis.support.CookieJar;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Adding and changing staff: GOV.UK error messages, escaping, CSRF, conflicts and sessions that end mid-form. */
@PraxisIntegrationTest
class StaffFormIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    private long anyTeam() {
        return jdbc.sql("select min(id) from team where active = true")
                .query(Long.class)
                .single();
    }

    @Test
    void anEmptyFormListsEveryProblemAndLinksEachToItsField() throws Exception {
        var html = mvc.perform(post("/organisation/staff/new").with(csrf()).with(demo.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("<title>Error: Add a staff member – Praxis</title>");
        assertThat(html).contains("There is a problem");
        assertThat(html).contains("<a href=\"#fullName\">Enter their full name</a>");
        assertThat(html).contains("<a href=\"#workEmail\">Enter a work email address</a>");
        assertThat(html).contains("<a href=\"#teamId\">Select their team</a>");
        assertThat(html).contains("<a href=\"#employmentType\">Select how they are employed</a>");
        assertThat(html)
                .as("the error summary follows the page, the team (checked by the controller) in its place")
                .containsSubsequence(
                        "href=\"#fullName\"",
                        "href=\"#workEmail\"",
                        "href=\"#jobRole\"",
                        "href=\"#teamId\"",
                        "href=\"#employmentType\"");
        assertThat(html).containsPattern("id=\"fullName\"[^>]*aria-describedby=\"fullName-error\"");
        assertThat(html).contains("class=\"govuk-error-message\" id=\"fullName-error\"");
        assertThat(html).as("no recovered-form banner on an ordinary error").doesNotContain("We kept what you entered");
    }

    @Test
    void anImpossibleStartDateIsReportedAgainstTheDateInput() throws Exception {
        var html = mvc.perform(post("/organisation/staff/new")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("fullName", "Test Person")
                        .param("workEmail", "test.date@northbridge.example.gov.uk")
                        .param("jobRole", "SOCIAL_WORKER")
                        .param("teamId", String.valueOf(anyTeam()))
                        .param("employmentType", "AGENCY")
                        .param("startDate.day", "31")
                        .param("startDate.month", "2")
                        .param("startDate.year", "2025"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("<a href=\"#startDate\">Start date must be a real date</a>");
        assertThat(html).as("what was typed is shown again").contains("value=\"31\"");
        assertThat(jdbc.sql(
                                "select count(*) from staff_member where work_email = 'test.date@northbridge.example.gov.uk'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void scriptInANameIsStoredAsTypedAndShownEscaped() throws Exception {
        var name = "<script>alert('x')</script> Hacker";
        var result = mvc.perform(post("/organisation/staff/new")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("fullName", name)
                        .param("workEmail", "Script.Test@Northbridge.example.gov.uk")
                        .param("jobRole", "ASYE")
                        .param("teamId", String.valueOf(anyTeam()))
                        .param("employmentType", "BANK"))
                .andReturn();
        var location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/organisation/staff/\\d+");
        var html = mvc.perform(get(location).with(demo.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("<script>alert");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Hacker");
        assertThat(html).contains("script.test@northbridge.example.gov.uk");
    }

    @Test
    void veryLongFieldsAreRefusedWithAMessageAndNothingIsSaved() throws Exception {
        var html = mvc.perform(post("/organisation/staff/new")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("fullName", "A".repeat(5000))
                        .param("workEmail", "x".repeat(300) + "@example.gov.uk")
                        .param("jobRole", "SOCIAL_WORKER")
                        .param("teamId", String.valueOf(anyTeam()))
                        .param("employmentType", "PERMANENT"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Their full name must be 200 characters or fewer");
        assertThat(html).contains("Email address must be 254 characters or fewer");
    }

    @Test
    void aDuplicateWorkEmailIsExplained() throws Exception {
        var existing = jdbc.sql("select work_email from staff_member order by id limit 1")
                .query(String.class)
                .single();
        var html = mvc.perform(post("/organisation/staff/new")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("fullName", "Second Person")
                        .param("workEmail", existing.toUpperCase())
                        .param("jobRole", "SOCIAL_WORKER")
                        .param("teamId", String.valueOf(anyTeam()))
                        .param("employmentType", "PERMANENT"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("<a href=\"#workEmail\">A staff member with this work email already exists</a>");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        long before =
                jdbc.sql("select count(*) from staff_member").query(Long.class).single();
        var response = mvc.perform(post("/organisation/staff/new")
                        .with(demo.as("admin"))
                        .param("fullName", "No Token")
                        .param("workEmail", "no.token@northbridge.example.gov.uk")
                        .param("jobRole", "SOCIAL_WORKER")
                        .param("teamId", String.valueOf(anyTeam()))
                        .param("employmentType", "PERMANENT"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from staff_member")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void twoPeopleEditingOneRecordDoNotSilentlyOverwriteEachOther() throws Exception {
        long id = jdbc.sql("select max(id) from staff_member where active = true")
                .query(Long.class)
                .single();
        var seen = jdbc.sql(
                        "select version, full_name, work_email, job_role, team_id, employment_type from staff_member where id = ?")
                .param(id)
                .query()
                .singleRow();
        var version = String.valueOf(seen.get("version"));
        var first = mvc.perform(post("/organisation/staff/" + id + "/edit")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("fullName", "First Editor Name")
                        .param("workEmail", (String) seen.get("work_email"))
                        .param("jobRole", (String) seen.get("job_role"))
                        .param("teamId", String.valueOf(seen.get("team_id")))
                        .param("employmentType", (String) seen.get("employment_type"))
                        .param("version", version))
                .andReturn();
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/organisation/staff/" + id);
        var second = mvc.perform(post("/organisation/staff/" + id + "/edit")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("fullName", "Second Editor Name")
                        .param("workEmail", (String) seen.get("work_email"))
                        .param("jobRole", (String) seen.get("job_role"))
                        .param("teamId", String.valueOf(seen.get("team_id")))
                        .param("employmentType", (String) seen.get("employment_type"))
                        .param("version", version))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(second).contains("Someone else changed this record while you were editing it");
        assertThat(second).contains("value=\"Second Editor Name\"");
        assertThat(jdbc.sql("select full_name from staff_member where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("First Editor Name");
    }

    @Test
    void aFormSentAfterTheSessionEndedIsKeptAndComesBackAfterSignIn() throws Exception {
        var browser = new CookieJar(mvc);
        browser.setSessionCookie("c2Vzc2lvbi10aGF0LWhhcy1lbmRlZA");
        var refused = browser.perform(post("/organisation/staff/new")
                .param("_csrf", "token-from-the-old-session")
                .param("fullName", "Kept After Timeout")
                .param("workEmail", "kept.after.timeout@northbridge.example.gov.uk"));
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?status=timed-out");
        var signInPage = browser.perform(get("/sign-in").param("status", "timed-out"))
                .getResponse()
                .getContentAsString();
        assertThat(signInPage).contains("We kept what you had entered in the form");

        var signedIn = browser.perform(post("/sign-in")
                .param("username", "admin")
                .param("password", "praxis-demo")
                .with(csrf()));
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/organisation/staff/new");
        var form = browser.perform(get("/organisation/staff/new")).getResponse().getContentAsString();
        assertThat(form).contains("We kept what you entered before you were signed out");
        assertThat(form).contains("value=\"Kept After Timeout\"");
        assertThat(form).contains("value=\"kept.after.timeout@northbridge.example.gov.uk\"");
        assertThat(form).doesNotContain("token-from-the-old-session");

        var again =
                browser.perform(get("/organisation/staff/new")).getResponse().getContentAsString();
        assertThat(again).as("the kept form is used once").doesNotContain("Kept After Timeout");
    }

    @Test
    void aFormSentAfterTheSessionEndedWithItsTokenStillGoodIsKeptToo() throws Exception {
        // The CSRF token lives in a cookie and outlives the session (decision 0027): the form is refused for want of
        // a signed-in person, not for its token, and is kept all the same.
        var browser = new CookieJar(mvc);
        browser.setSessionCookie("YW5vdGhlci1zZXNzaW9uLXRoYXQtZW5kZWQ");
        var refused = browser.perform(post("/organisation/staff/new")
                .with(csrf())
                .param("fullName", "Kept With A Good Token")
                .param("workEmail", "kept.good.token@northbridge.example.gov.uk"));
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?status=timed-out");
        var signedIn = browser.perform(post("/sign-in")
                .param("username", "admin")
                .param("password", "praxis-demo")
                .with(csrf()));
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/organisation/staff/new");
        assertThat(browser.perform(get("/organisation/staff/new")).getResponse().getContentAsString())
                .contains("value=\"Kept With A Good Token\"");
    }

    @Test
    void aTeamWithActiveStaffCannotBeClosed() throws Exception {
        long team = jdbc.sql("select min(team_id) from staff_member where active = true")
                .query(Long.class)
                .single();
        var result = mvc.perform(post("/organisation/teams/" + team + "/deactivate")
                        .with(csrf())
                        .with(demo.as("admin")))
                .andReturn();
        assertThat(result.getFlashMap().get("problems").toString())
                .contains("This team still has")
                .contains("active staff");
        assertThat(jdbc.sql("select active from team where id = ?")
                        .param(team)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }
}
