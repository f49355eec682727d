package org.praxis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The case page lists the audits of the case that the reader may open, and no others. */
@PraxisIntegrationTest
class AuditsOnTheCasePageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditProgrammes programmes;

    private String casePage(long caseId, String user) throws Exception {
        return mvc.perform(get("/register/cases/" + caseId).with(demo.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void anAuditIsListedForItsAuditorAndQaLeadsButNotForThePractitionerBeforeItIsSubmitted() throws Exception {
        long practitionersTeam = AuditFixture.teamOf(jdbc, "practitioner");
        long programme = AuditFixture.programme(programmes, jdbc, mvc, demo, 2, java.util.List.of(practitionersTeam));
        long audit = jdbc.sql("select min(id) from audit where programme_id = :p and team_id = :t")
                .param("p", programme)
                .param("t", practitionersTeam)
                .query(Long.class)
                .single();
        long caseId = jdbc.sql("select case_id from audit where id = :a")
                .param("a", audit)
                .query(Long.class)
                .single();
        var link = "href=\"/audit/audits/" + audit + "\"";

        assertThat(casePage(caseId, "qa.lead"))
                .contains("Audits of this case")
                .contains(link)
                .contains("Not yet submitted");
        assertThat(casePage(caseId, "leader")).as("its auditor").contains(link);
        assertThat(casePage(caseId, "practitioner"))
                .as("the practitioner of the case's team may open the case, not an audit still being written")
                .contains("Audits of this case")
                .doesNotContain(link);
    }
}
