package org.praxis.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo council's surveys as a leader reads them: last year's health check by employer standard, compared with the
 * year before and with the national figures, small teams hidden in the team breakdown; and the engagement survey the
 * practitioner still has to answer.
 */
@PraxisIntegrationTest
class DemoSurveysIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SurveyResults results;

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(demo.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theLatestHealthCheckReadsByStandardAgainstTheYearBeforeAndTheNationalFigures() throws Exception {
        int year = results.healthCheckYears().getFirst();
        long id = jdbc.sql("select id from survey where title = ?")
                .param("Social work health check " + year)
                .query(Long.class)
                .single();
        var html = page("/surveys/" + id + "/results", "leader");
        assertThat(html)
                .contains("By employer standard")
                .contains("Standard 3: Safe workloads and case allocation")
                .contains("Last time is Social work health check " + (year - 1))
                .contains("95% interval")
                .contains("55%"); // the national figure for standard 3
        var byTeam = page("/surveys/" + id + "/results?by=TEAM", "leader");
        assertThat(byTeam).contains("Not shown, to keep answers anonymous");

        var check = results.healthCheck(year).orElseThrow();
        assertThat(check.standards()).hasSize(8);
        assertThat(check.standards()).allSatisfy(s -> assertThat(s.lastYear()).isNotNull());
        assertThat(check.respondents()).isGreaterThan(100);
    }

    @Test
    void thePractitionerHasTheEngagementSurveyToAnswer() throws Exception {
        assertThat(page("/surveys/mine", "practitioner")).contains("Employee engagement survey");
    }
}
