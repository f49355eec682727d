package org.praxis.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Directorates, services and teams: added, renamed and filtered by an administrator. */
@PraxisIntegrationTest
class OrganisationStructureIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorBuildsADirectorateServiceAndTeam() throws Exception {
        var directorate = mvc.perform(post("/organisation/directorates/new")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("name", "Public Health and Wellbeing")
                        .param("kind", "ADULTS"))
                .andReturn();
        assertThat(directorate.getResponse().getRedirectedUrl()).isEqualTo("/organisation/services");
        long directorateId = jdbc.sql("select id from directorate where name = 'Public Health and Wellbeing'")
                .query(Long.class)
                .single();

        mvc.perform(post("/organisation/services/new")
                .with(csrf())
                .with(demo.as("admin"))
                .param("name", "Carers' support")
                .param("directorateId", String.valueOf(directorateId)));
        long areaId = jdbc.sql("select id from service_area where name = 'Carers'' support'")
                .query(Long.class)
                .single();

        var team = mvc.perform(post("/organisation/teams/new")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("name", "Carers' Assessment Team")
                        .param("serviceAreaId", String.valueOf(areaId))
                        .param("teamType", "LONG_TERM"))
                .andReturn();
        assertThat(team.getResponse().getRedirectedUrl()).isEqualTo("/organisation/teams");

        var list = mvc.perform(get("/organisation/teams")
                        .param("serviceAreaId", String.valueOf(areaId))
                        .with(demo.as("leader")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("Carers&#39; Assessment Team").contains("of <strong>1</strong> results");
        assertThat(jdbc.sql(
                                "select count(*) from access_log where username = 'admin' and action = 'CHANGED' and record_type in ('DIRECTORATE', 'SERVICE_AREA', 'TEAM')")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void duplicateAndMissingNamesAreExplained() throws Exception {
        var existing = jdbc.sql("select a.name, a.directorate_id from service_area a order by a.id limit 1")
                .query()
                .singleRow();
        var html = mvc.perform(post("/organisation/services/new")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("name", (String) existing.get("name"))
                        .param("directorateId", String.valueOf(existing.get("directorate_id"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("<a href=\"#name\">This directorate already has a service with this name</a>");

        var empty = mvc.perform(post("/organisation/teams/new").with(csrf()).with(demo.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(empty)
                .as("in the page's order, the service (checked by the controller) in its place")
                .containsSubsequence(
                        "<a href=\"#name\">Enter the team&#39;s name</a>",
                        "<a href=\"#serviceAreaId\">Select the service the team belongs to</a>",
                        "<a href=\"#teamType\">Select the kind of team</a>");

        long directorates =
                jdbc.sql("select count(*) from directorate").query(Long.class).single();
        var noDirectorate = mvc.perform(post("/organisation/directorates/new")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("name", "Early help")
                        .param("kind", "NEITHER"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(noDirectorate)
                .contains("<a href=\"#kind\">Select whether it is children&#39;s or adult social care</a>")
                .contains("value=\"Early help\"");
        assertThat(jdbc.sql("select count(*) from directorate")
                        .query(Long.class)
                        .single())
                .as("nothing saved")
                .isEqualTo(directorates);

        var noService = mvc.perform(post("/organisation/services/new")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("name", " ")
                        .param("directorateId", "999999"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(noService)
                .containsSubsequence(
                        "<a href=\"#name\">Enter the service&#39;s name</a>",
                        "<a href=\"#directorateId\">Select the directorate</a>");

        var takenTeam = jdbc.sql("select name, service_area_id from team order by id limit 1")
                .query()
                .singleRow();
        var duplicate = mvc.perform(post("/organisation/teams/new")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("name", (String) takenTeam.get("name"))
                        .param("serviceAreaId", String.valueOf(takenTeam.get("service_area_id")))
                        .param("teamType", "MASH_FRONT_DOOR"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(duplicate).contains("A team with this name already exists");
    }

    @Test
    void aVisitorFormNamesEachProblemInThePagesOrderAndSavesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from visitor").query(Long.class).single();
        var html = mvc.perform(post("/organisation/visitors/new")
                        .with(csrf())
                        .with(demo.as("qa.lead"))
                        .param("fullName", "Pat Visitor")
                        .param("organisation", "")
                        .param("kind", "SPY")
                        .param("email", "not an address")
                        .param("cleared", "perhaps"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .containsSubsequence(
                        "<a href=\"#organisation\">Enter their organisation</a>",
                        "<a href=\"#kind\">Select the kind of visitor</a>",
                        "<a href=\"#email\">Enter an email address in the correct format, like name@example.gov.uk</a>",
                        "<a href=\"#cleared\">Select whether they are cleared to see identifiable case information</a>")
                .contains("value=\"Pat Visitor\"");
        assertThat(jdbc.sql("select count(*) from visitor").query(Long.class).single())
                .as("nothing saved")
                .isEqualTo(before);
    }

    @Test
    void twoPeopleChangingOneTeamAreToldAboutTheConflict() throws Exception {
        var team = jdbc.sql(
                        "select id, name, service_area_id, team_type, version from team where active = true order by id desc limit 1")
                .query()
                .singleRow();
        var id = team.get("id");
        var version = String.valueOf(team.get("version"));
        var first = mvc.perform(post("/organisation/teams/" + id + "/edit")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("name", team.get("name") + " (renamed)")
                        .param("serviceAreaId", String.valueOf(team.get("service_area_id")))
                        .param("teamType", (String) team.get("team_type"))
                        .param("version", version))
                .andReturn();
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/organisation/teams");
        var second = mvc.perform(post("/organisation/teams/" + id + "/edit")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("name", team.get("name") + " (also renamed)")
                        .param("serviceAreaId", String.valueOf(team.get("service_area_id")))
                        .param("teamType", (String) team.get("team_type"))
                        .param("version", version))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(second)
                .contains("Someone else changed this team while you were editing it")
                .doesNotContain("already exists");
        assertThat(jdbc.sql("select name from team where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(team.get("name") + " (renamed)");
    }
}
