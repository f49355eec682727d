package org.praxis.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The latest health check from the screens: by the eight employer standards with what staff said, what changed, the
 * action plan raised into the one tracker and agreed with the unions, as a page and a PDF.
 */
@PraxisIntegrationTest
class HealthCheckIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.praxis.surveys.SurveyResults surveys;

    /** The demo's latest health check: its survey closed on 10 November, this year or last. */
    private int year() {
        return surveys.healthCheckYears().getFirst();
    }

    private org.springframework.mock.web.MockHttpServletResponse as(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(demo.as(user))).andReturn().getResponse();
    }

    @Test
    void theLatestHealthCheckReadsByTheEightStandardsForLeadersAndManagers() throws Exception {
        var page = as(get("/health-check/" + year()), "manager").getContentAsString();
        assertThat(page)
                .contains("Health check " + year())
                .contains("Standard 1: Strong and clear social work framework")
                .contains("Standard 8: Partnerships with education and research")
                .contains("of staff agreed (95% interval")
                .contains("the year before")
                .contains("of staff were up to date with one-to-one supervision")
                .contains("days lost per FTE")
                .contains("What changed since the year before")
                // the demo's peer review, from the learning reviews
                .contains("Peer reviews in the year")
                .contains("My Time");
        assertThat(as(get("/health-check"), "leader").getContentAsString()).contains("Health check " + year());
        assertThat(as(get("/health-check/" + year()), "practitioner").getStatus())
                .isEqualTo(403);
        assertThat(as(get("/health-check/1999"), "leader").getStatus()).isEqualTo(404);
        var pdf = as(get("/health-check/" + year() + ".pdf"), "leader");
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        org.praxis.documents.AccessiblePdf.assertAccessible(pdf.getContentAsByteArray());
    }

    @Test
    void theQaLeadAddsAnActionToThePlanAndRecordsItsAgreementWithTheUnions() throws Exception {
        var wrong = as(post("/health-check/" + year() + "/actions/new").param("standard", "9"), "qa.lead");
        assertThat(wrong.getContentAsString())
                .contains("Enter what needs to be done")
                .contains("Choose who owns the action")
                .contains("Enter the due date")
                .contains("Choose one of the eight employer standards");
        long owner = jdbc.sql("select id from user_account where username = 'manager'")
                .query(Long.class)
                .single();
        var due = LocalDate.now().plusMonths(3);
        var title = "Protect supervision time in every team " + System.nanoTime();
        var raised = as(
                post("/health-check/" + year() + "/actions/new")
                        .param("title", title)
                        .param("standard", "5")
                        .param("owner", String.valueOf(owner))
                        .param("due.day", String.valueOf(due.getDayOfMonth()))
                        .param("due.month", String.valueOf(due.getMonthValue()))
                        .param("due.year", String.valueOf(due.getYear())),
                "qa.lead");
        assertThat(raised.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from action_item where source = 'HEALTH_CHECK' and source_id = ?"
                                + " and title = ?")
                        .params(year(), title)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // The form carries the plan's version when one is recorded already (another test may have).
        var lock = jdbc.sql("select lock_version from health_check_plan where check_year = ?")
                .param(year())
                .query(Integer.class)
                .optional();
        var agreement = post("/health-check/" + year() + "/plan");
        lock.ifPresent(l -> agreement.param("lockVersion", String.valueOf(l)));
        assertThat(as(
                                agreement
                                        .param("agreed", "yes")
                                        .param("note", "Agreed with UNISON at the joint committee"),
                                "qa.lead")
                        .getStatus())
                .isEqualTo(302);
        assertThat(as(get("/health-check/" + year()), "leader").getContentAsString())
                .contains(title)
                .contains("Agreed with the trade unions: Agreed with UNISON at the joint committee");
        // The learning and development lead reads the plan but may not open the manager's action: no link to it.
        long action = jdbc.sql("select id from action_item where source = 'HEALTH_CHECK' and title = ?")
                .param(title)
                .query(Long.class)
                .single();
        assertThat(as(get("/health-check/" + year()), "lindsey.okafor").getContentAsString())
                .contains(title)
                .doesNotContain("href=\"/actions/" + action + "\"");
        assertThat(as(get("/health-check/" + year()), "leader").getContentAsString())
                .contains("href=\"/actions/" + action + "\"");
        // Only the QA lead changes the plan.
        assertThat(as(post("/health-check/" + year() + "/plan").param("agreed", "no"), "leader")
                        .getStatus())
                .isEqualTo(403);
    }
}
